package dev.callbench.cti.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.Contact;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.cti.internal.sync.Change;
import dev.callbench.cti.internal.sync.SessionSink;
import dev.callbench.cti.internal.wire.ParsedSnapshot;

/**
 * Turns a session's changes into the API's agent and contact events, each carrying the snapshot it was
 * computed from, and hands them on in order.
 */
public final class EventPublisher implements SessionSink {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private volatile AgentProfile profile;
    private final Consumer<CallbenchEvent> events;
    private final Consumer<String> problems;
    private volatile AgentSnapshot latest;
    private ParsedSnapshot modelled;

    /** {@code problems} gets a sentence for the agent whenever something went wrong that they should know. */
    public EventPublisher(AgentProfile profile, Consumer<CallbenchEvent> events, Consumer<String> problems) {
        this.profile = profile;
        this.events = events;
        this.problems = problems;
    }

    /** The latest snapshot as the API's model, or null before the first. */
    public AgentSnapshot latest() {
        return latest;
    }

    /** The API's snapshot for a parsed one. */
    public AgentSnapshot model(ParsedSnapshot snapshot) {
        return new AgentSnapshot(profile.agent(snapshot.state(), snapshot.nextState()), snapshot.contacts(),
                snapshot.snapshotTimestamp());
    }

    @Override
    public void changed(Change change, ParsedSnapshot previous, ParsedSnapshot current) {
        AgentSnapshot snapshot = modelled(current);
        switch (change) {
            case Change.OfAgent agent -> events.accept(agentEvent(agent, previous, snapshot));
            case Change.OfContact contact -> events.accept(contactEvent(contact, previous, current, snapshot));
        }
    }

    private synchronized AgentSnapshot modelled(ParsedSnapshot current) {
        if (current != modelled) {
            modelled = current;
            latest = model(current);
        }
        return latest;
    }

    /**
     * The contact center took a new configuration of the agent's: the latest snapshot carries it at once, with a
     * refresh, and so do the ones after it (snapshots do not repeat the configuration).
     */
    public void configurationChanged(AgentConfiguration configuration) {
        AgentSnapshot snapshot;
        synchronized (this) {
            profile = profile.with(configuration);
            if (modelled == null) {
                return;
            }
            latest = model(modelled);
            snapshot = latest;
        }
        events.accept(new AgentEvent.Notice(AgentEvent.Type.REFRESH, snapshot, Instant.now()));
    }

    @Override
    public void connectionLost(String detail, ParsedSnapshot lastGood) {
        LOG.warn("CTI service unreachable: {}", detail);
        problems.accept(Messages.connectionLost);
        publishWithoutChange(AgentEvent.Type.CONNECTION_LOST);
    }

    @Override
    public void connectionRegained(ParsedSnapshot lastGood) {
        LOG.info("CTI service reachable again; resynchronising");
        publishWithoutChange(AgentEvent.Type.CONNECTION_GAINED);
    }

    @Override
    public void problem(SessionProblem problem, String detail, ParsedSnapshot lastGood) {
        LOG.warn("CTI problem {}: {}", problem, detail);
        String forTheAgent = switch (problem) {
            case BAD_SNAPSHOT -> Messages.badSnapshot;
            case SERVICE_ERROR -> Messages.serviceError;
            case SIGN_IN_FAILED -> Messages.signInFailed;
        };
        problems.accept(forTheAgent);
        events.accept(AgentEvent.contactCenterError(latestOrInitial(), forTheAgent));
    }

    private void publishWithoutChange(AgentEvent.Type type) {
        events.accept(new AgentEvent.Notice(type, latestOrInitial(), Instant.now()));
    }

    /** The last good snapshot, or an agent in its initial state before the first one. */
    private AgentSnapshot latestOrInitial() {
        return latest != null ? latest
                : new AgentSnapshot(profile.agent(AgentState.INIT, null), List.of(), Instant.now());
    }

    private static AgentEvent agentEvent(Change.OfAgent change, ParsedSnapshot previous, AgentSnapshot snapshot) {
        AgentEvent.Type type = AgentEvent.Type.valueOf(change.kind().name());
        if (type == AgentEvent.Type.STATE_CHANGE) {
            return AgentEvent.stateChange(snapshot, previous == null ? AgentState.INIT : previous.state());
        }
        return AgentEvent.of(type, snapshot);
    }

    private static ContactEvent contactEvent(Change.OfContact change, ParsedSnapshot previous,
            ParsedSnapshot current, AgentSnapshot snapshot) {
        Contact contact = change.fromPrevious() ? previous.contact(change.contactId())
                : current.contact(change.contactId());
        return ContactEvent.of(ContactEvent.Type.valueOf(change.kind().name()), contact, snapshot);
    }
}
