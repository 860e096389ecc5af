package dev.callbench.media.tests;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneSource;

/**
 * A child process's whole life on a plain class path, as the media engine's: one call with a tone, heard, closed,
 * and {@code main} returns. The process must then end by itself: no thread of the call may keep the JVM alive.
 */
public final class CallAndExit {

    private CallAndExit() {
    }

    /** @param args TURN URL, username, password */
    public static void main(String[] args) throws Exception {
        IceServer turn = new IceServer(List.of(args[0]), args[1], args[2]);
        try (AudioPeer agent = AudioPeer.open(new AudioPeerConfig("agent", List.of(turn)));
                AudioPeer caller = AudioPeer.open(new AudioPeerConfig("caller", List.of(turn)))) {
            ToneDetector detector = new ToneDetector(100, 440, 1000);
            CountDownLatch heard = new CountDownLatch(1);
            caller.addAudioListener(frame -> {
                detector.onAudio(frame);
                if (detector.reading().hears(440)) {
                    heard.countDown();
                }
            });
            agent.play(new ToneSource(440, 0.3));
            Calls.connect(agent, caller);
            if (!heard.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the caller never heard 440 Hz: " + detector.reading());
            }
            System.out.println("heard 440 Hz");
        }
        System.out.println("closed");
    }
}
