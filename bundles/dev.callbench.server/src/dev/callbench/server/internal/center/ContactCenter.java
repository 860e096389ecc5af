package dev.callbench.server.internal.center;

import static dev.callbench.server.internal.center.CenterException.Kind.NOT_FOUND;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.server.internal.Messages;

/**
 * The simulated contact center: agents, contacts and routing. Thread-safe: every operation runs under one lock and
 * is short; long polls wait as callbacks, never as threads. All methods taking a login act for that signed-in agent.
 */
public final class ContactCenter {

    private static final Logger LOG = LoggerFactory.getLogger(ContactCenter.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final Directory directory;
    private final SnapshotBoard board = new SnapshotBoard();
    private final ScheduledExecutorService scheduler;
    private final CallFlow flow;
    private final AgentActions agentActions;
    private final ConnectionActions connectionActions;

    public ContactCenter(Directory directory, Timing timing, ScheduledExecutorService scheduler, Clock clock,
            Supplier<String> ids, Supplier<String> secrets) {
        this.clock = clock;
        this.directory = directory;
        this.scheduler = scheduler;
        Timers timers = new Timers(scheduler, task -> act(work -> {
            task.run(work);
            return null;
        }));
        Router router = new Router(directory, timers, timing, ids);
        this.flow = new CallFlow(directory, router, timers, timing, ids, secrets);
        this.agentActions = new AgentActions(flow);
        this.connectionActions = new ConnectionActions(flow, agentActions);
    }

    public Directory directory() {
        return directory;
    }

    /**
     * Answers a long poll: at once with the current snapshot when knownVersion is null or old, else when the
     * agent's snapshot changes or after timeoutMillis, whichever comes first.
     */
    public void poll(String login, Long knownVersion, long timeoutMillis, SnapshotWaiter waiter) {
        OnceWaiter once = new OnceWaiter(waiter);
        AgentSnapshot now = act(work -> board.pollOrWait(flow.agent(login), knownVersion, once, work.now()));
        if (now != null) {
            once.deliver(now);
            return;
        }
        try {
            once.timeoutIs(scheduler.schedule(() -> expire(login, once), Math.max(0, timeoutMillis),
                    TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException stopping) {
            expire(login, once);
        }
    }

    private void expire(String login, SnapshotWaiter waiter) {
        AgentSnapshot current = act(work -> board.expire(flow.agent(login), waiter, work.now()));
        if (current != null) {
            waiter.deliver(current);
        }
    }

    /**
     * Gives the watcher every agent snapshot that changes from now on, outside the lock. Deliveries of two
     * operations may arrive out of order: a watcher that cares keeps the highest version per agent.
     */
    public void watch(SnapshotWaiter watcher) {
        act(work -> {
            board.watch(watcher);
            return null;
        });
    }

    /**
     * The agent a softphone may set up media for: the live contact's agent, when the call context token is the
     * one the contact was offered with. Empty for an unknown, finished or unrouted contact or a wrong token.
     */
    public Optional<SoftphoneLeg> softphoneLeg(String contactId, String callContextToken) {
        return act(work -> flow.live(contactId)
                .filter(contact -> contact.agent() != null && !contact.state().isFinished()
                        && contact.callContextToken() != null
                        && MessageDigest.isEqual(bytes(contact.callContextToken()), bytes(callContextToken)))
                .map(contact -> new SoftphoneLeg(contact.id(), contact.agent().login())));
    }

    /** Whether the contact was offered to the agent lately, live or long cleared: a report about it is theirs. */
    public boolean hasHandled(String login, String contactId) {
        return act(work -> flow.agent(login).handled(contactId));
    }

    /**
     * What the caller of a live contact sends once cut through: as its call request says, a transfer's as that of its
     * initial contact (while it lives), else (a contact the agent placed) the recording. Empty once it is retired.
     */
    public Optional<CallerAudio> callerAudio(String contactId) {
        return act(work -> flow.live(contactId).map(contact -> audioOf(contact)
                .or(() -> flow.live(contact.initialContactId()).flatMap(ContactCenter::audioOf))
                .orElse(CallerAudio.RECORDING)));
    }

    private static Optional<CallerAudio> audioOf(Contact contact) {
        return Optional.ofNullable(contact.request()).map(CallRequest::audio);
    }

    /** Whether a contact of this id is live (not yet retired). */
    /** The digits the agent sent on a live contact with SendDigits, as its far end received them. */
    public Optional<String> digitsSent(String contactId) {
        return act(work -> flow.live(contactId).map(Contact::digitsSent));
    }

    public boolean isLive(String contactId) {
        return act(work -> flow.live(contactId).isPresent());
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    public AgentSnapshot snapshot(String login) {
        return act(work -> AgentSnapshot.of(flow.agent(login), work.now()));
    }

    /** The agent's CCP settings change (UpdateAgentConfiguration); their snapshot follows (softphone media info). */
    public void updateSettings(String login, AgentSettings settings) {
        actAs(login, (agent, work) -> {
            agent.update(settings);
            work.touched(agent);
        });
    }

    /** The type of one of the agent's own contacts; another agent's is refused, an unknown one not found. */
    public ContactType contactType(String login, String contactId) {
        return act(work -> flow.own(flow.agent(login), contactId).type());
    }

    public void putAgentState(String login, String stateArn, String stateName, boolean enqueue) {
        actAs(login, (agent, work) -> agentActions.putState(agent, stateArn, stateName, enqueue, work));
    }

    public void accept(String login, String contactId) {
        actAs(login, (agent, work) -> agentActions.accept(agent, contactId, work));
    }

    public void reject(String login, String contactId) {
        actAs(login, (agent, work) -> agentActions.reject(agent, contactId, work));
    }

    public void clear(String login, String contactId) {
        actAs(login, (agent, work) -> agentActions.clear(agent, contactId, work));
    }

    public String callOut(String login, Endpoint endpoint, String queueArn) {
        return act(work -> agentActions.callOut(flow.agent(login), endpoint, queueArn, work));
    }

    public void destroyConnection(String login, String contactId, String connectionId) {
        actAs(login, (agent, work) -> connectionActions.destroy(agent, contactId, connectionId, work));
    }

    public void hold(String login, String contactId, String connectionId) {
        actAs(login, (agent, work) -> connectionActions.hold(agent, contactId, connectionId, work));
    }

    public void resume(String login, String contactId, String connectionId) {
        actAs(login, (agent, work) -> connectionActions.resume(agent, contactId, connectionId, work));
    }

    public void toggle(String login, String contactId) {
        actAs(login, (agent, work) -> connectionActions.toggle(agent, contactId, work));
    }

    public void conference(String login, String contactId) {
        actAs(login, (agent, work) -> connectionActions.conference(agent, contactId, work));
    }

    public void addConnection(String login, String contactId, Endpoint endpoint) {
        actAs(login, (agent, work) -> connectionActions.addConnection(agent, contactId, endpoint, work));
    }

    public void sendDigits(String login, String contactId, String connectionId, String digits) {
        actAs(login, (agent, work) -> connectionActions.sendDigits(agent, contactId, connectionId, digits, work));
    }

    public void mute(String login, String contactId, String connectionId, boolean muted) {
        actAs(login, (agent, work) -> connectionActions.mute(agent, contactId, connectionId, muted, work));
    }

    /** Connect's MonitorContact: the supervisor listens in on a connected call; returns their monitoring contact. */
    public String monitor(String contactId, String supervisorLogin, List<String> capabilities, String clientToken) {
        return act(work -> flow.monitors().start(contactId, supervisorLogin, capabilities, clientToken, work));
    }

    /** The supervisor moves between silent monitoring ({@code SILENT_MONITOR}) and barge ({@code BARGE}). */
    public void updateMonitorState(String login, String contactId, String targetMode) {
        actAs(login, (agent, work) -> flow.monitors().update(agent, contactId, targetMode, work));
    }

    public void updateAttributes(String login, String contactId, Map<String, String> attributes) {
        actAs(login, (agent, work) -> connectionActions.updateAttributes(agent, contactId, attributes, work));
    }

    /** A simulated caller dials in; returns the new contact's id. */
    public String placeCall(CallRequest request) {
        Queue queue = directory.queue(request.queue())
                .orElseThrow(() -> new CenterException(NOT_FOUND, Messages.format("error.unknownQueue", request.queue())));
        return act(work -> new Callers(flow).place(queue, request, work));
    }

    /** The simulated caller of this contact hangs up, wherever the contact is. */
    public void hangUp(String contactId) {
        act(work -> {
            Contact contact = flow.live(contactId).orElseThrow(
                    () -> new CenterException(NOT_FOUND, Messages.format("error.unknownContact", contactId)));
            flow.customerHangsUp(contact, work);
            return null;
        });
    }

    /** How many contacts wait in queues. */
    public int waitingCount() {
        return act(work -> flow.router().waitingCount());
    }

    /** The real-time metrics of each of these queues now, in the order asked. */
    public List<QueueMetrics> currentMetrics(List<Queue> queues) {
        return act(work -> queues.stream().map(q -> flow.router().metrics(q, directory.agents(), work.now())).toList());
    }

    public List<AgentSnapshot> allSnapshots() {
        return act(work -> directory.agents().stream().map(a -> AgentSnapshot.of(a, work.now())).toList());
    }

    @FunctionalInterface
    private interface AgentWork {
        void run(Agent agent, Work work);
    }

    private void actAs(String login, AgentWork action) {
        act(work -> {
            action.run(flow.agent(login), work);
            return null;
        });
    }

    private <T> T act(Function<Work, T> operation) {
        List<SnapshotBoard.Delivery> deliveries;
        T result;
        lock.lock();
        try {
            Work work = new Work(clock.instant());
            result = operation.apply(work);
            settle(work);
            deliveries = board.publish(work.changed(), work.now());
        } finally {
            lock.unlock();
        }
        deliveries.forEach(this::deliver);
        return result;
    }

    /** After an operation: shown states follow the contacts, then waiting contacts go to agents now free. */
    private void settle(Work work) {
        work.changed().forEach(agent -> agent.refreshShownState(work.now()));
        flow.router().dispatch(work);
        work.changed().forEach(agent -> agent.refreshShownState(work.now()));
    }

    private void deliver(SnapshotBoard.Delivery delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.warn("A snapshot could not be delivered to a waiting poll", e);
        }
    }
}
