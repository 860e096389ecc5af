package dev.callbench.softphone.engine.internal.rtc;

import dev.callbench.softphone.engine.internal.EngineModule;
import dev.callbench.softphone.engine.internal.EventSink;
import dev.callbench.softphone.engine.internal.Operations;

/** Adds the softphone sessions to the engine (found by the engine's ServiceLoader, see META-INF/services). */
public final class RtcModule implements EngineModule {

    @Override
    public void register(Operations operations, EventSink events) {
        DeviceOperations devices = new DeviceOperations();
        SessionOperations sessions = new SessionOperations(events, devices);
        operations.register("session.start", sessions::start);
        operations.registerAsync("session.hangup", sessions::hangUp);
        operations.register("session.mute", sessions::mute);
        operations.registerAsync("session.dtmf", sessions::dtmf);
        operations.register("session.iceServers", sessions::iceServers);
        operations.registerAsync("devices.list", devices::list);
        operations.registerAsync("devices.use", devices::use);
        operations.registerAsync("devices.level", devices::level);
        operations.registerAsync("devices.testSpeaker", devices::testSpeaker);
        // the engine ends with System.exit: calls still up say bye and release their native media first
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sessions.close();
            devices.close();
        }, "engine-sessions-close"));
    }
}
