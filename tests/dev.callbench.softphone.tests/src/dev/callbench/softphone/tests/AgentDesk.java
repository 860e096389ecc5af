package dev.callbench.softphone.tests;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.JsonObject;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.cti.connect.CtiSignInConfiguration;
import dev.callbench.softphone.internal.engine.MediaEngineSupervisor;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The agent's side as the product runs it, in this OSGi runtime: the CTI client signed in through its
 * configuration, the event bus, the softphone and its media engine process. It records the agent's events and the
 * engine's, for the test to wait on.
 */
final class AgentDesk implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final List<AgentEvent> agentEvents = new ArrayList<>();
    private final ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins;
    private final Configuration signIn;
    private final Configuration audio;
    private final ServiceRegistration<AgentListener> listener;
    private final MediaEngineSupervisor engine;
    private final EngineEventLog engineEvents = new EngineEventLog();

    /** Signs the agent in at the contact center; the softphone sends sendToneHz and listens for listenForHz. */
    AgentDesk(URI ctiEndpoint, String login, String password, double sendToneHz, double... listenForHz)
            throws Exception {
        // the tones are the headless engine's: never the machine's own devices
        this(ctiEndpoint, login, password, sendToneHz, listenForHz, "headless");
    }

    /** The same, with the softphone's {@code audio} setting: {@code headless}, {@code devices} or {@code auto}. */
    AgentDesk(URI ctiEndpoint, String login, String password, double sendToneHz, double listenForHz, String audioMode)
            throws Exception {
        this(ctiEndpoint, login, password, sendToneHz, new double[] { listenForHz }, audioMode);
    }

    private AgentDesk(URI ctiEndpoint, String login, String password, double sendToneHz, double[] listenForHz,
            String audioMode) throws Exception {
        admins = OsgiServices.track(ConfigurationAdmin.class); // Felix's is per bundle: gone once ungot
        ConfigurationAdmin admin = admins.getService();
        engine = OsgiServices.await(MediaEngineSupervisor.class);
        engine.addEventListener(engineEvents);
        listener = OsgiServices.context().registerService(AgentListener.class, this::agentEvent, new Hashtable<>());
        audio = admin.getConfiguration("dev.callbench.softphone", "?");
        Hashtable<String, Object> tones = new Hashtable<>();
        tones.put("audio", audioMode);
        tones.put("sendToneHz", sendToneHz);
        tones.put("listenForHz", listenForHz.clone());
        audio.update(tones);
        signIn = admin.getConfiguration(CtiSignInConfiguration.PID, "?");
        Hashtable<String, Object> agent = new Hashtable<>();
        agent.put(CtiSignInConfiguration.ENDPOINT, ctiEndpoint.toString());
        agent.put(CtiSignInConfiguration.LOGIN, login);
        agent.put(CtiSignInConfiguration.PASSWORD, password);
        signIn.update(agent);
    }

    ContactCenter contactCenter() throws InterruptedException {
        return OsgiServices.await(ContactCenter.class);
    }

    private synchronized void agentEvent(AgentEvent event) {
        agentEvents.add(event);
    }

    /** The first agent event of that record type matching, waiting for it. */
    <E extends AgentEvent> E awaitAgentEvent(Class<E> type, Predicate<E> wanted, String what) {
        return Wait.forValue(what, () -> firstAgentEvent(type, wanted), WAIT);
    }

    private synchronized <E extends AgentEvent> Optional<E> firstAgentEvent(Class<E> type, Predicate<E> wanted) {
        return agentEvents.stream().filter(type::isInstance).map(type::cast).filter(wanted).findFirst();
    }

    /** The first engine event of that name whose fields match, waiting for it. */
    JsonObject awaitEngineEvent(String name, Predicate<JsonObject> wanted, String what) {
        return awaitEngineEvent(0, name, wanted, what);
    }

    /** The first such engine event after the first {@code from} events. */
    JsonObject awaitEngineEvent(int from, String name, Predicate<JsonObject> wanted, String what) {
        return engineEvents.await(from, name, wanted, what);
    }

    String engineEventsOf(String contactId) {
        return engineEvents.of(contactId);
    }

    int engineEventCount() {
        return engineEvents.count();
    }

    @Override
    public void close() throws Exception {
        signIn.delete();
        audio.delete();
        listener.unregister();
        engine.removeEventListener(engineEvents);
        admins.close();
    }
}
