package dev.callbench.ringtone.internal;

import java.time.Duration;
import java.util.List;

/** A ringtone: two mixed frequencies played in a repeating on/off cadence. */
public enum Ringtone {
    /** An inbound voice contact: the North American ring, 440 + 480 Hz, 2 s on, 4 s off. */
    VOICE(440, 480, List.of(Duration.ofSeconds(2), Duration.ofSeconds(4))),
    /** A queued callback: a double ring, 400 + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off. */
    QUEUE_CALLBACK(400, 450, List.of(Duration.ofMillis(400), Duration.ofMillis(200), Duration.ofMillis(400),
            Duration.ofMillis(2000))),
    /** A contact the agent accepts automatically: one short beep of 1 kHz, then silence. */
    AUTO_ACCEPT(1000, 1000, List.of(Duration.ofMillis(200), Duration.ofMillis(800)));

    private final double lowHz;
    private final double highHz;
    private final List<Duration> cadence;

    Ringtone(double lowHz, double highHz, List<Duration> cadence) {
        this.lowHz = lowHz;
        this.highHz = highHz;
        this.cadence = cadence;
    }

    public double lowHz() {
        return lowHz;
    }

    public double highHz() {
        return highHz;
    }

    /** Alternating sound and silence, starting with sound; the pattern repeats. */
    public List<Duration> cadence() {
        return cadence;
    }

    public Duration period() {
        return cadence.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
