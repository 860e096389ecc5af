package dev.callbench.bench.eventbus;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the event bus benchmark and prints a table (throughput, p50 and p99 latency per bus and listener count), then
 * the line {@code RESULT eventbus ratio_vs_eventadmin=<Callbench / EventAdmin sendEvent throughput, 10 listeners>
 * p99_us=<Callbench p99 latency, 10 listeners> ratio_vs_postevent=<Callbench / EventAdmin postEvent throughput, 10
 * listeners>}.
 */
public final class Main {

    private record Figures(double eventsPerSecond, double p50Micros, double p99Micros) {
    }

    private Main() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(EventBusBenchmark.class.getName())
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .build();
        Map<String, Figures> figures = collect(new Runner(options).run());
        printTable(figures);
        Figures callbench = figures.get(key("callbench", 10));
        Figures send = figures.get(key("eventadmin-send", 10));
        Figures post = figures.get(key("eventadmin-post", 10));
        System.out.printf(Locale.ROOT, "RESULT eventbus ratio_vs_eventadmin=%.2f p99_us=%.1f ratio_vs_postevent=%.2f%n",
                callbench.eventsPerSecond() / send.eventsPerSecond(), callbench.p99Micros(),
                callbench.eventsPerSecond() / post.eventsPerSecond());
    }

    private static Map<String, Figures> collect(Collection<RunResult> results) {
        Map<String, Double> throughput = new TreeMap<>();
        Map<String, double[]> latency = new TreeMap<>();
        for (RunResult result : results) {
            var params = result.getParams();
            String key = key(params.getParam("bus"), Integer.parseInt(params.getParam("listeners")));
            var primary = result.getPrimaryResult();
            if (params.getBenchmark().endsWith("throughput")) {
                throughput.put(key, primary.getScore());
            } else {
                var statistics = primary.getStatistics();
                latency.put(key, new double[] { statistics.getPercentile(50), statistics.getPercentile(99) });
            }
        }
        Map<String, Figures> figures = new TreeMap<>();
        throughput.forEach((key, eventsPerSecond) -> {
            double[] percentiles = latency.getOrDefault(key, new double[] { Double.NaN, Double.NaN });
            figures.put(key, new Figures(eventsPerSecond, percentiles[0], percentiles[1]));
        });
        return figures;
    }

    private static String key(String bus, int listeners) {
        return String.format(Locale.ROOT, "%-16s %4d", bus, listeners);
    }

    private static void printTable(Map<String, Figures> figures) {
        System.out.println();
        System.out.println("| bus | listeners | events/s (each to every listener) | p50 µs | p99 µs |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        figures.forEach((key, f) -> {
            String[] parts = key.trim().split("\\s+");
            System.out.printf(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %.1f |%n", parts[0], parts[1],
                    f.eventsPerSecond(), f.p50Micros(), f.p99Micros());
        });
        System.out.println();
    }
}
