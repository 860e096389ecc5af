package dev.callbench.server.tests;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket listener that queues every text frame the server sends, whole, and notes when the socket closes. */
final class TextFrames implements WebSocket.Listener {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final StringBuilder partial = new StringBuilder();

    /** The next frame, or null when none came within the limit. */
    String poll(Duration limit) throws InterruptedException {
        return received.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the socket closed (or failed) within the limit. */
    boolean awaitClosed(Duration limit) throws InterruptedException {
        return closed.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.countDown();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.countDown();
    }
}
