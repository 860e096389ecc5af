package dev.callbench.bench.eventbus;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same agent event delivered to 1, 10 and 100 listeners registered as OSGi services, by the Callbench bus and
 * by Equinox EventAdmin. An operation counts as done when every listener has received the event.
 */
@State(Scope.Benchmark)
public class EventBusBenchmark {

    static final int BATCH = 1_000;

    @Param({ "callbench", "eventadmin-send", "eventadmin-post" })
    public String bus;

    @Param({ "1", "10", "100" })
    public int listeners;

    private EmbeddedFramework framework;
    private Sinks sinks;
    private BusUnderTest underTest;
    private long published;

    @Setup(Level.Trial)
    public void start() throws Exception {
        framework = new EmbeddedFramework();
        sinks = new Sinks(listeners);
        underTest = BusUnderTest.of(bus, framework, sinks, listeners);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        framework.close();
    }

    /** Events per second, each delivered to every listener. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void throughput() {
        for (int i = 0; i < BATCH; i++) {
            underTest.publish();
        }
        published += BATCH;
        sinks.awaitAll(published);
    }

    /** From publishing one event until the last listener has it. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void latency() {
        underTest.publish();
        published++;
        sinks.awaitAll(published);
    }
}
