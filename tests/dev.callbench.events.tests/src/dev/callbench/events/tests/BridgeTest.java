package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.tests.support.ModelFixtures;

import jakarta.inject.Inject;

/** The bus's events on Equinox EventAdmin topics, and through e4's event injection into parts. */
class BridgeTest {

    private TestRuntime runtime;
    private EventBus bus;

    @BeforeEach
    void start() throws InterruptedException {
        runtime = new TestRuntime();
        bus = runtime.service(EventBus.class);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void eventsArriveOnTheirEventAdminTopicsWithTheirProperties() throws InterruptedException {
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        runtime.register(EventHandler.class, received::add,
                Map.of(EventConstants.EVENT_TOPIC, new String[] { "dev/callbench/contact/*",
                        "dev/callbench/agent/STATE_CHANGE" }));
        runtime.service(org.osgi.service.event.EventAdmin.class);

        var call = ModelFixtures.voiceCall("c-bridge", ModelFixtures.SALES, Map.of());
        ContactEvent incoming = ModelFixtures.contactEvent(ContactEvent.Type.INCOMING, call);
        AgentEvent stateChange = AgentEvent.stateChange(ModelFixtures.snapshot(call), ModelFixtures.AVAILABLE);
        bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        bus.publish(incoming);
        bus.publish(stateChange);

        Event contactTopic = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(contactTopic, "no event on dev/callbench/contact/INCOMING");
        assertEquals("dev/callbench/contact/INCOMING", contactTopic.getTopic());
        assertSame(incoming, contactTopic.getProperty(EventProperties.EVENT));
        assertEquals("c-bridge", contactTopic.getProperty(EventProperties.CONTACT_ID));
        assertEquals("VOICE", contactTopic.getProperty(EventProperties.CONTACT_TYPE));
        assertEquals("Sales", contactTopic.getProperty(EventProperties.QUEUE));
        assertEquals("Busy", contactTopic.getProperty(EventProperties.AGENT_STATE));

        Event agentTopic = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(agentTopic, "no event on dev/callbench/agent/STATE_CHANGE");
        assertEquals("dev/callbench/agent/STATE_CHANGE", agentTopic.getTopic());
        assertSame(stateChange, agentTopic.getProperty(EventProperties.EVENT));
    }

    @Test
    void aHandlerThatChangesItsTopicsGetsTheEventsOfItsNewTopics() throws InterruptedException {
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        var registration = runtime.register(EventHandler.class, received::add,
                Map.of(EventConstants.EVENT_TOPIC, "dev/callbench/agent/ERROR"));
        registration.setProperties(FrameworkUtil.asDictionary(
                Map.of(EventConstants.EVENT_TOPIC, new String[] { "*" })));

        ContactEvent missed = ModelFixtures.contactEvent(ContactEvent.Type.MISSED,
                ModelFixtures.voiceCall("c-any", ModelFixtures.SALES, Map.of()));
        bus.publish(missed);

        Event event = nextOnTopic(received, "dev/callbench/contact/MISSED");
        assertNotNull(event, "a handler of every topic had no dev/callbench/contact/MISSED");
        assertSame(missed, event.getProperty(EventProperties.EVENT));
    }

    /** The next event on this topic; a handler of every topic also hears the framework's own events. */
    private static Event nextOnTopic(BlockingQueue<Event> received, String topic) throws InterruptedException {
        Event event;
        do {
            event = received.poll(10, TimeUnit.SECONDS);
        } while (event != null && !event.getTopic().equals(topic));
        return event;
    }

    /**
     * Stands for an e4 part. {@code @EventTopic} and {@code @UIEventTopic} read the same property of the EventAdmin
     * event; the UI variant only adds the hop to the UI thread, which needs a display this runtime does not have.
     */
    public static final class Part {
        final BlockingQueue<ContactEvent> connected = new LinkedBlockingQueue<>();

        @Inject
        @Optional
        public void onConnected(@EventTopic("dev/callbench/contact/CONNECTED") ContactEvent event) {
            connected.add(event);
        }
    }

    @Test
    void e4PartsHaveTheEventObjectInjected() throws InterruptedException {
        IEclipseContext context = EclipseContextFactory.getServiceContext(runtime.context()).createChild("test");
        Part part = ContextInjectionFactory.make(Part.class, context);
        try {
            var call = ModelFixtures.voiceCall("c-e4", ModelFixtures.SUPPORT, Map.of());
            ContactEvent connected = ModelFixtures.contactEvent(ContactEvent.Type.CONNECTED, call);
            bus.publish(ModelFixtures.contactEvent(ContactEvent.Type.CONNECTING, call));
            bus.publish(connected);

            assertSame(connected, part.connected.poll(10, TimeUnit.SECONDS));
        } finally {
            context.dispose();
        }
    }
}
