package dev.callbench.server.internal.traffic;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.server.internal.center.CallRequest;
import dev.callbench.server.internal.center.Caller;
import dev.callbench.server.internal.center.CenterException;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.ContactType;
import dev.callbench.server.internal.config.ServerConfig.CallerConfig;
import dev.callbench.server.internal.config.ServerConfig.Range;
import dev.callbench.server.internal.config.ServerConfig.TrafficConfig;

/**
 * Simulated callers from a scenario: arrivals at random (Poisson) times at the configured rate, spread over queues
 * by weight; each talks for a random time, some give up while queued, some ask for a callback.
 */
public final class TrafficGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficGenerator.class);

    private final TrafficConfig scenario;
    private final ContactCenter center;
    private final ScheduledExecutorService scheduler;
    private final Random random;
    private volatile boolean running;

    public TrafficGenerator(TrafficConfig scenario, ContactCenter center, ScheduledExecutorService scheduler) {
        this.scenario = scenario;
        this.center = center;
        this.scheduler = scheduler;
        this.random = new Random(scenario.seed());
    }

    public void start() {
        if (scenario.queueMix().isEmpty() || scenario.arrivalsPerMinute() <= 0) {
            LOG.warn("Simulated callers are on but the scenario has no queue mix or no arrival rate");
            return;
        }
        running = true;
        LOG.info("Simulated callers: {} calls a minute into {}", scenario.arrivalsPerMinute(),
                scenario.queueMix().keySet());
        scheduleNext();
    }

    public void stop() {
        running = false;
    }

    private void scheduleNext() {
        if (!running) {
            return;
        }
        double meanGapMillis = 60_000.0 / scenario.arrivalsPerMinute();
        long gap = (long) (-Math.log(1 - random.nextDouble()) * meanGapMillis);
        try {
            scheduler.schedule(this::arrive, gap, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            running = false;
        }
    }

    private void arrive() {
        try {
            if (running) {
                center.placeCall(nextCall());
            }
        } catch (CenterException e) {
            LOG.warn("A simulated call could not be placed: {}", e.getMessage());
        } finally {
            scheduleNext();
        }
    }

    CallRequest nextCall() {
        ContactType type = random.nextDouble() < scenario.callbackShare() ? ContactType.QUEUE_CALLBACK
                : ContactType.VOICE;
        Long patience = random.nextDouble() < scenario.abandonProbability() ? seconds(scenario.patienceSeconds())
                : null;
        CallerConfig who = caller();
        Map<String, String> attributes = who.account() == null ? Map.of() : Map.of("account", who.account());
        return new CallRequest(queue(), type, new Caller(who.name(), who.phoneNumber(), who.account()), attributes,
                seconds(scenario.talkSeconds()), patience);
    }

    private String queue() {
        double total = scenario.queueMix().values().stream().mapToDouble(Double::doubleValue).sum();
        double pick = random.nextDouble() * total;
        for (Map.Entry<String, Double> entry : scenario.queueMix().entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        return scenario.queueMix().keySet().iterator().next();
    }

    private CallerConfig caller() {
        List<CallerConfig> callers = scenario.callers();
        if (callers.isEmpty()) {
            return new CallerConfig(null, String.format("+1555%07d", random.nextInt(10_000_000)), null);
        }
        return callers.get(random.nextInt(callers.size()));
    }

    private long seconds(Range range) {
        double min = range.min() == null ? 0 : range.min();
        double max = range.max() == null ? min : Math.max(min, range.max());
        return (long) ((min + random.nextDouble() * (max - min)) * 1000);
    }
}
