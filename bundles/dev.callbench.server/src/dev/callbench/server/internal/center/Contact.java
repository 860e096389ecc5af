package dev.callbench.server.internal.center;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.callbench.server.internal.Messages;

/** A call, with its connections. Mutable; guarded by the contact center's lock. */
public final class Contact {

    private static final int MAX_DIGITS_KEPT = 256;

    /** Amazon Connect's limit on a contact's attributes, keys and values together. */
    static final int MAX_ATTRIBUTE_BYTES = 32 * 1024;

    private final String id;
    private final String initialContactId;
    private final ContactType type;
    private final String initiationMethod;
    private final Caller caller;
    private final CallRequest request;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final String callContextToken;
    /** What the agent sent with SendDigits, as the far end received it; capped like a long IVR dialogue. */
    private final StringBuilder digitsSent = new StringBuilder();
    private Queue queue;
    private Instant queuedAt;
    private ContactState state = ContactState.QUEUED;
    private Instant stateSince;
    private Instant initiatedAt;
    private Agent agent;
    private long offerNumber;
    private boolean retired;
    private Agent directedTo;
    private Consult consult;
    private Contact handedTo;
    /** On a supervisor's monitoring contact: the contact monitored. */
    private Monitoring monitoring;
    /** On a monitored contact: the supervisors' monitoring contacts. */
    private final List<Contact> monitors = new ArrayList<>();

    /**
     * A consult or transfer to a queue or agent: the original contact's third-party leg and the new contact that
     * carries the call to the second agent. Both contacts point to the same Consult.
     */
    record Consult(Contact original, Connection leg, Contact transfer) {
    }

    Contact(String id, String initialContactId, ContactType type, String initiationMethod, Caller caller,
            CallRequest request, String callContextToken, Instant now) {
        this.id = id;
        this.initialContactId = initialContactId;
        this.type = type;
        this.initiationMethod = initiationMethod;
        this.caller = caller;
        this.request = request;
        this.callContextToken = callContextToken;
        this.stateSince = now;
        this.initiatedAt = now;
    }

    /**
     * The frozen copy that stays in an agent's snapshot after the contact left them (missed, rejected, handed over).
     * The agent's leg is disconnected; the other legs are too unless {@code callerOnLine} (the call lives on in its
     * queue: they keep their state, as Connect shows the customer's leg of a missed call still connected).
     */
    Contact frozenCopy(ContactState frozenState, Instant now, boolean callerOnLine) {
        Contact copy = new Contact(id, initialContactId, type, initiationMethod, caller, request, callContextToken, now);
        copy.attributes.putAll(attributes);
        connections.forEach(c -> copy.connections.add(c.copy()));
        copy.connections.stream().filter(c -> !callerOnLine || c.type() == ConnectionType.AGENT)
                .forEach(c -> c.moveTo(ConnectionState.DISCONNECTED, now));
        copy.queue = queue;
        copy.queuedAt = queuedAt;
        copy.state = frozenState;
        copy.agent = agent;
        copy.initiatedAt = initiatedAt;
        return copy;
    }

    void moveTo(ContactState next, Instant now) {
        if (state != next) {
            state = next;
            stateSince = now;
        }
    }

    void disconnectAll(Instant now) {
        connections.forEach(c -> c.moveTo(ConnectionState.DISCONNECTED, now));
    }

    Optional<Connection> connection(String connectionId) {
        return connections.stream().filter(c -> c.id().equals(connectionId)).findFirst();
    }

    Optional<Connection> agentConnection() {
        return connections.stream().filter(c -> c.type() == ConnectionType.AGENT).findFirst();
    }

    Optional<Connection> customer() {
        return connections.stream().filter(Connection::initial).findFirst();
    }

    /** The active connection that is neither the agent's nor the initial customer's. */
    Optional<Connection> thirdParty() {
        return connections.stream()
                .filter(c -> c.type() != ConnectionType.AGENT && c.type() != ConnectionType.MONITORING && !c.initial()
                        && c.state().isActive())
                .findFirst();
    }

    void removeAgentConnection() {
        connections.removeIf(c -> c.type() == ConnectionType.AGENT);
    }

    /** The agent's leg goes first, as in Connect's snapshots; the others in the order they joined. */
    void add(Connection connection) {
        if (connection.type() == ConnectionType.AGENT) {
            connections.add(0, connection);
        } else {
            connections.add(connection);
        }
    }

    /**
     * Every leg gets a new id, in the given state: a callback the agent accepted is a new call to the customer, and
     * Connect gives its legs new connection ids.
     */
    void renumber(Supplier<String> ids, ConnectionState state, Instant now) {
        connections.replaceAll(c -> c.renumbered(ids.get(), state, now));
    }

    /** Makes this new contact the supervisor's view of {@code watched}: connected at once, in its queue. */
    void monitor(Monitoring watched, Connection supervisorLeg, Instant now) {
        monitoring = watched;
        queue = watched.monitored().queue();
        queuedAt = watched.monitored().queuedAt();
        add(supervisorLeg);
        moveTo(ContactState.CONNECTED, now);
        watched.monitored().monitors.add(this);
    }

    /** The supervisor's monitoring of the contact; null on every other contact. */
    Monitoring monitoring() {
        return monitoring;
    }

    /** The supervisor's own leg on their monitoring contact. */
    Optional<Connection> monitorConnection() {
        return connections.stream().filter(c -> c.type() == ConnectionType.MONITORING).findFirst();
    }

    /** The monitoring contacts of the supervisors listening in on this contact. */
    List<Contact> monitors() {
        return Collections.unmodifiableList(monitors);
    }

    void dropMonitor(Contact monitorContact) {
        monitors.remove(monitorContact);
    }

    Consult consult() {
        return consult;
    }

    void linkConsult(Consult link) {
        consult = link;
    }

    /** After a completed transfer: the contact that now carries this caller (their hang-up follows them). */
    Contact handedTo() {
        return handedTo;
    }

    void handTo(Contact next) {
        handedTo = next;
    }

    /** Routes this contact to one agent only (a transfer to an agent quick connect). */
    void directTo(Agent target) {
        directedTo = target;
    }

    Agent directedTo() {
        return directedTo;
    }

    /** The contact center is done with this contact: no timer set for it may act on it any more. */
    void retire() {
        retired = true;
    }

    boolean isRetired() {
        return retired;
    }

    long nextOffer() {
        return ++offerNumber;
    }

    boolean isOffer(long number) {
        return offerNumber == number;
    }

    public String id() {
        return id;
    }

    public String initialContactId() {
        return initialContactId;
    }

    public ContactType type() {
        return type;
    }

    /** A call the agent dialed: while it rings at the far end it is no offer to the agent. */
    boolean isAgentsOutboundCall() {
        return "outbound".equals(initiationMethod);
    }

    public String initiationMethod() {
        return initiationMethod;
    }

    public Caller caller() {
        return caller;
    }

    CallRequest request() {
        return request;
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /**
     * Adds or replaces attributes; refuses them all when the contact's attributes would take more than Amazon
     * Connect's limit of 32 KB (keys and values, UTF-8), so that no one agent can fill the server's memory.
     */
    void recordDigits(String digits) {
        int room = MAX_DIGITS_KEPT - digitsSent.length();
        digitsSent.append(digits, 0, Math.max(0, Math.min(room, digits.length())));
    }

    /** The digits the agent sent on this contact (SendDigits), in order; at most 256 are kept. */
    public String digitsSent() {
        return digitsSent.toString();
    }

    void putAttributes(Map<String, String> more) {
        Map<String, String> after = new HashMap<>(attributes);
        after.putAll(more);
        requireWithinLimit(after);
        attributes.putAll(more);
    }

    /** Refuses attributes that take more than Amazon Connect's limit for one contact. */
    static void requireWithinLimit(Map<String, String> all) {
        long size = all.entrySet().stream().mapToLong(e -> utf8Length(e.getKey()) + utf8Length(e.getValue())).sum();
        if (size > MAX_ATTRIBUTE_BYTES) {
            throw new CenterException(CenterException.Kind.INVALID_PARAMETER,
                    Messages.format("error.attributesTooLarge", MAX_ATTRIBUTE_BYTES / 1024));
        }
    }

    private static long utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    public List<Connection> connections() {
        return Collections.unmodifiableList(connections);
    }

    public String callContextToken() {
        return callContextToken;
    }

    public Queue queue() {
        return queue;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    void enqueue(Queue target, Instant now) {
        if (queue != target || queuedAt == null) {
            queuedAt = now;
        }
        queue = target;
        agent = null;
        removeAgentConnection();
        moveTo(ContactState.QUEUED, now);
    }

    void assignTo(Agent assignee) {
        agent = assignee;
    }

    public ContactState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    /** When the contact began (a frozen copy keeps its contact's). */
    public Instant initiatedAt() {
        return initiatedAt;
    }

    public Agent agent() {
        return agent;
    }
}
