package dev.callbench.softphone.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.softphone.engine.internal.channel.ChannelException;
import dev.callbench.softphone.engine.internal.channel.LineReader;

/**
 * The engine's standard error, its log: each line goes to the workbench's log, and the last few are kept to tell
 * why the engine ended. Lines are bounded like the channel's, so that a runaway engine cannot fill this process.
 */
final class EngineLog implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger("dev.callbench.softphone.engine");
    private static final int LINES_KEPT = 20;
    private static final int LONGEST_LINE = 16 * 1024;

    private final long pid;
    private final LineReader lines;
    private final Deque<String> last = new ArrayDeque<>();

    EngineLog(long pid, InputStream stderr) {
        this.pid = pid;
        this.lines = new LineReader(stderr, LONGEST_LINE);
    }

    @Override
    public void run() {
        while (true) {
            try {
                Optional<String> line = lines.readLine();
                if (line.isEmpty()) {
                    return;
                }
                forward(line.get());
            } catch (ChannelException e) {
                forward("(the media engine wrote a log line Callbench dropped: " + e.getMessage() + ")");
                if (e.endsChannel()) {
                    return;
                }
            } catch (IOException e) {
                return; // the pipe closed with the process
            }
        }
    }

    private void forward(String line) {
        if (line.startsWith("SEVERE:") || line.startsWith("WARNING:")) {
            LOG.warn("[media engine {}] {}", pid, line);
        } else {
            LOG.info("[media engine {}] {}", pid, line);
        }
        synchronized (last) {
            if (last.size() == LINES_KEPT) {
                last.removeFirst();
            }
            last.addLast(line);
        }
    }

    List<String> lastLines() {
        synchronized (last) {
            return List.copyOf(last);
        }
    }
}
