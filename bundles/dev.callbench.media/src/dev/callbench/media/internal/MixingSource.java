package dev.callbench.media.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sum of several sources (an announcement over hold music, two parties of a bridge), clipped to 16 bits. */
public final class MixingSource implements PcmSource {

    private final List<PcmSource> inputs = new CopyOnWriteArrayList<>();
    private final short[] scratch = PcmFormat.newFrame();
    private final int[] sum = new int[PcmFormat.FRAME_SAMPLES];

    public MixingSource(PcmSource... inputs) {
        this.inputs.addAll(List.of(inputs));
    }

    public void add(PcmSource input) {
        inputs.add(input);
    }

    public void remove(PcmSource input) {
        inputs.remove(input);
    }

    @Override
    public void fill(short[] frame) {
        java.util.Arrays.fill(sum, 0);
        for (PcmSource input : inputs) {
            input.fill(scratch);
            for (int i = 0; i < frame.length; i++) {
                sum[i] += scratch[i];
            }
        }
        for (int i = 0; i < frame.length; i++) {
            frame[i] = PcmFormat.clip(sum[i]);
        }
    }
}
