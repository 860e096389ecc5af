package dev.callbench.server.internal.turn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.server.internal.LogText;

/**
 * coturn's output (its log and its errors, on one stream), line by line into the server's log at debug, read until
 * coturn ends. It keeps the last line, for the message of a start that failed, and notices when coturn cannot bind
 * its listening port: coturn does not give up then, it tries again and again.
 */
final class CoturnOutput implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CoturnOutput.class);

    private final InputStream output;
    private volatile String lastLine = "";
    private volatile boolean listenerUnbound;

    private CoturnOutput(InputStream output) {
        this.output = output;
    }

    static CoturnOutput follow(Process coturn) {
        CoturnOutput reader = new CoturnOutput(coturn.getInputStream());
        Thread.ofPlatform().daemon().name("callbench-coturn-output-" + coturn.pid()).start(reader);
        return reader;
    }

    @Override
    public void run() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                LOG.debug("coturn: {}", LogText.of(line));
                if (!line.isBlank()) {
                    lastLine = line.strip();
                }
                if (line.contains("Cannot bind") && line.contains("listener socket")) {
                    listenerUnbound = true;
                }
            }
        } catch (IOException e) {
            LOG.debug("coturn's output could not be read further", e);
        }
    }

    /** The last line coturn wrote that was not blank, escaped for a log line; empty if none. */
    String lastLine() {
        return LogText.of(lastLine);
    }

    /** Whether coturn said its listening port is taken. */
    boolean listenerUnbound() {
        return listenerUnbound;
    }
}
