package dev.callbench.media.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import dev.onvoid.webrtc.media.audio.AudioTrackSink;

/**
 * The sink on the far end's audio track. libwebrtc calls it on its playout thread; it only turns the frame into
 * 48 kHz mono samples and hands them to the peer's audio thread, where the listeners get them, so that a slow or
 * failing listener never stalls libwebrtc.
 */
final class IncomingAudio implements AudioTrackSink {

    private static final System.Logger LOG = System.getLogger(IncomingAudio.class.getName());

    private final Executor audioThread;
    private final List<IncomingAudioListener> listeners = new CopyOnWriteArrayList<>();
    IncomingAudio(Executor audioThread) {
        this.audioThread = audioThread;
    }

    void add(IncomingAudioListener listener) {
        listeners.add(listener);
    }

    void remove(IncomingAudioListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onData(byte[] data, int bitsPerSample, int sampleRate, int channels, int frames) {
        if (bitsPerSample != PcmFormat.BITS_PER_SAMPLE || channels < 1 || sampleRate < 1) {
            return; // libwebrtc delivers 16-bit PCM: anything else is no audio this bundle can read
        }
        short[] frame = resampled(mono(data, channels, frames), sampleRate);
        try {
            audioThread.execute(() -> deliver(frame));
        } catch (RejectedExecutionException closing) {
            // the peer is closing: the frame has nobody left to go to
        }
    }

    private void deliver(short[] frame) {
        for (IncomingAudioListener listener : listeners) {
            try {
                listener.onAudio(listeners.size() == 1 ? frame : frame.clone());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An incoming audio listener failed; the others go on", e);
            }
        }
    }

    private static short[] mono(byte[] data, int channels, int frames) {
        short[] mono = new short[frames];
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = 2 * (i * channels + c);
                sum += (short) ((data[at] & 0xFF) | data[at + 1] << 8);
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }

    private static short[] resampled(short[] in, int rate) {
        if (rate == PcmFormat.SAMPLE_RATE) {
            return in;
        }
        short[] out = new short[(int) ((long) in.length * PcmFormat.SAMPLE_RATE / rate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = in[(int) ((long) i * rate / PcmFormat.SAMPLE_RATE)];
        }
        return out;
    }
}
