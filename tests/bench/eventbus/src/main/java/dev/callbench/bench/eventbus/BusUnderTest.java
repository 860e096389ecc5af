package dev.callbench.bench.eventbus;

import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.callbench.api.Agent;
import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.AgentStateType;
import dev.callbench.api.Queue;
import dev.callbench.api.RoutingProfile;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.whiteboard.AgentListener;

/** One way to hand an agent event to N listeners registered as OSGi services. */
abstract class BusUnderTest {

    /** The same event for every bus: a refresh of an available agent. */
    static final AgentEvent EVENT = AgentEvent.of(AgentEvent.Type.REFRESH, snapshot());

    abstract void publish();

    static BusUnderTest of(String name, EmbeddedFramework framework, Sinks sinks, int listeners)
            throws InterruptedException {
        return switch (name) {
            case "callbench" -> new Callbench(framework, sinks, listeners);
            case "eventadmin-send" -> new EquinoxEventAdmin(framework, sinks, listeners, true);
            case "eventadmin-post" -> new EquinoxEventAdmin(framework, sinks, listeners, false);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final class Callbench extends BusUnderTest {
        private final EventBus bus;

        Callbench(EmbeddedFramework framework, Sinks sinks, int listeners) throws InterruptedException {
            BundleContext context = framework.context();
            for (int i = 0; i < listeners; i++) {
                Sinks.Counter counter = sinks.counter(i);
                AgentListener listener = event -> counter.receive();
                context.registerService(AgentListener.class, listener, new Hashtable<>());
            }
            bus = framework.service(EventBus.class);
        }

        @Override
        void publish() {
            bus.publish(EVENT);
        }
    }

    private static final class EquinoxEventAdmin extends BusUnderTest {
        private final EventAdmin eventAdmin;
        private final boolean synchronous;
        private final Event event = new Event(EVENT.topic(), Map.of(EventProperties.EVENT, EVENT));

        EquinoxEventAdmin(EmbeddedFramework framework, Sinks sinks, int listeners, boolean synchronous)
                throws InterruptedException {
            this.synchronous = synchronous;
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(EventConstants.EVENT_TOPIC, EVENT.topic());
            for (int i = 0; i < listeners; i++) {
                Sinks.Counter counter = sinks.counter(i);
                EventHandler handler = received -> counter.receive();
                framework.context().registerService(EventHandler.class, handler, properties);
            }
            eventAdmin = framework.service(EventAdmin.class);
        }

        @Override
        void publish() {
            if (synchronous) {
                eventAdmin.sendEvent(event);
            } else {
                eventAdmin.postEvent(event);
            }
        }
    }

    private static AgentSnapshot snapshot() {
        Queue queue = new Queue("arn:aws:connect:us-east-1:123456789012:instance/i/queue/q", "BasicQueue");
        RoutingProfile profile = new RoutingProfile("arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/p",
                "Basic", queue, List.of(queue));
        AgentState available = new AgentState("Available", AgentStateType.ROUTABLE, Instant.parse("2024-04-25T16:00:10Z"),
                null);
        Agent agent = new Agent("Jane Doe", "jane", profile, List.of(available), available, null, Set.of(),
                new AgentConfiguration(true, false, ""));
        return new AgentSnapshot(agent, List.of(), Instant.parse("2024-04-25T16:00:11Z"));
    }
}
