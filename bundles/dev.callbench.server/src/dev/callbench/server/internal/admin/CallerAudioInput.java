package dev.callbench.server.internal.admin;

import java.util.List;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.CallerAudio;
import dev.callbench.server.internal.wire.CtiException;
import dev.callbench.server.internal.wire.ErrorType;
import dev.callbench.server.internal.wire.JsonInput;

/**
 * A call request's {@code audio} ({@code {"toneHz": 440}} or {@code {"recording": true}}, absent: the recording) and
 * {@code listenForHz}.
 */
final class CallerAudioInput {

    /** Within what Opus carries at any bandwidth and what a 100 ms tone detector tells apart from silence. */
    static final int MIN_HZ = 50;
    static final int MAX_HZ = 8000;
    static final int MAX_LISTENED = 8;

    private CallerAudioInput() {
    }

    static CallerAudio read(JsonInput in) {
        return new CallerAudio(tone(in.optionalObject("audio")), listenedFor(in.optionalLongList("listenForHz")));
    }

    private static Integer tone(JsonInput audio) {
        if (audio == null) {
            return null;
        }
        Long toneHz = audio.optionalLong("toneHz");
        boolean recording = audio.optionalBoolean("recording");
        if ((toneHz == null) != recording) {
            throw new CtiException(ErrorType.INVALID_PARAMETER, Messages.format("error.audioKind"));
        }
        return toneHz == null ? null : hertz("audio.toneHz", toneHz);
    }

    private static List<Integer> listenedFor(List<Long> frequencies) {
        if (frequencies == null) {
            return CallerAudio.DEFAULT_LISTEN_FOR_HZ;
        }
        if (frequencies.isEmpty() || frequencies.size() > MAX_LISTENED
                || frequencies.stream().distinct().count() < frequencies.size()) {
            throw new CtiException(ErrorType.INVALID_PARAMETER, Messages.format("error.listenForHz", MAX_LISTENED));
        }
        return frequencies.stream().map(hz -> hertz("listenForHz", hz)).toList();
    }

    private static int hertz(String name, long value) {
        if (value < MIN_HZ || value > MAX_HZ) {
            throw new CtiException(ErrorType.INVALID_PARAMETER,
                    Messages.format("error.outOfRange", name, MIN_HZ, MAX_HZ));
        }
        return (int) value;
    }
}
