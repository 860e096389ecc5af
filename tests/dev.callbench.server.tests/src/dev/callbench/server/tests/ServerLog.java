package dev.callbench.server.tests;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's log while a test runs, as it writes it (slf4j-simple on standard error). The suite runs at warn; the
 * named loggers, which write the values taken from requests, are raised to info meanwhile and put back at close.
 * slf4j-simple has no API for that, so its level field is set by reflection.
 */
final class ServerLog implements AutoCloseable {

    private static final int INFO = 20;
    static final List<String> REQUEST_LOGGERS = List.of("dev.callbench.server.internal.wire.AuthEndpoints",
            "dev.callbench.server.internal.wire.CtiService", "dev.callbench.server.internal.wire.ReportOperations",
            "dev.callbench.server.internal.admin.AdminService",
            "dev.callbench.server.internal.signaling.SignalingSocket",
            "dev.callbench.server.internal.signaling.SignalingService");

    private final Map<Logger, Integer> levelsBefore = new LinkedHashMap<>();
    private final StandardError captured;

    private ServerLog() throws ReflectiveOperationException {
        for (String name : REQUEST_LOGGERS) {
            Logger logger = LoggerFactory.getLogger(name);
            levelsBefore.put(logger, level(logger).getInt(logger));
            level(logger).setInt(logger, INFO);
        }
        captured = StandardError.capture();
    }

    static ServerLog atInfo() throws ReflectiveOperationException {
        return new ServerLog();
    }

    String text() {
        return captured.text();
    }

    private static Field level(Logger logger) throws NoSuchFieldException {
        Field field = logger.getClass().getDeclaredField("currentLogLevel");
        field.setAccessible(true);
        return field;
    }

    @Override
    public void close() throws ReflectiveOperationException {
        captured.release();
        for (Map.Entry<Logger, Integer> before : levelsBefore.entrySet()) {
            level(before.getKey()).setInt(before.getKey(), before.getValue());
        }
    }
}
