package dev.callbench.cti.internal;

import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every sign-in of the CTI client shares: the timer thread its sessions run on, and one HTTP client. The HTTP
 * client is built at the first sign-in, not with this object: building one takes ~300 ms (TLS set-up), which at
 * activation would be spent on the start-level thread before the window is up.
 */
final class CtiResources implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("callbench-cti-timer").factory());
    private HttpClient http; // guarded by this

    ScheduledExecutorService timer() {
        return timer;
    }

    synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (http != null) {
            http.shutdownNow();
        }
    }
}
