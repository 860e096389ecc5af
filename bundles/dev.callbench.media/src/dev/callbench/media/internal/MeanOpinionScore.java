package dev.callbench.media.internal;

/**
 * An estimated MOS (1 bad to 4.5 best) from delay, jitter and loss: the ITU-T G.107 E-model simplified as network
 * monitors commonly do, with its default impairments for everything but the network:
 * <pre>
 * effective latency  d = one-way delay + 2 * jitter + 10 ms (codec)
 * R = 93.2 - (d &lt; 160 ? d / 40 : (d - 120) / 10) - 2.5 * loss in percent
 * MOS = 1 + 0.035 R + 0.000007 R (R - 60) (100 - R), held within 1 and 4.5
 * </pre>
 * The one-way delay is half the round-trip time. An estimate to tell a good line from a bad one, not a measurement
 * of what a listener hears (Opus conceals loss better than the G.711 the constants were fitted to).
 */
public final class MeanOpinionScore {

    private MeanOpinionScore() {
    }

    /**
     * @param roundTripMillis NaN when unknown yet: counted as no delay
     * @param jitterMillis NaN when unknown yet: counted as none
     * @param lossFraction 0 to 1
     */
    public static double estimate(double roundTripMillis, double jitterMillis, double lossFraction) {
        double oneWay = Double.isNaN(roundTripMillis) ? 0 : roundTripMillis / 2;
        double jitter = Double.isNaN(jitterMillis) ? 0 : jitterMillis;
        double effective = oneWay + 2 * jitter + 10;
        double r = 93.2 - (effective < 160 ? effective / 40 : (effective - 120) / 10) - 2.5 * 100 * lossFraction;
        if (r <= 0) {
            return 1;
        }
        if (r >= 100) {
            return 4.5;
        }
        return Math.max(1, Math.min(4.5, 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r)));
    }
}
