package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;

/** An agent's live state. Mutable; guarded by the contact center's lock. */
public final class Agent {

    private static final int RECENT_CONTACTS = 100;

    private final String login;
    private final String name;
    private final String arn;
    private final RoutingProfile profile;
    /** What the agent's security profile allows on other agents' calls: SILENT_MONITOR, BARGE. */
    private final Set<String> monitorCapabilities;
    /** Read without the lock (GetAgentConfiguration): replaced whole, never changed in place. */
    private volatile AgentSettings settings;
    private final List<Contact> contacts = new ArrayList<>();
    private final List<SnapshotWaiter> waiters = new ArrayList<>();
    /** The last contacts offered to the agent, kept after they are cleared: reports about them come late. */
    private final SequencedSet<String> recentContacts = new LinkedHashSet<>();
    private AgentState availability;
    private Instant availabilitySince;
    private AgentState nextState;
    private AgentState shown;
    private Instant shownSince;
    private Instant idleSince;
    private long version;
    private boolean offersHeld;

    Agent(String login, String name, String arn, RoutingProfile profile, boolean softphoneAutoAccept,
            Set<String> monitorCapabilities, AgentState offline, Instant now) {
        this.login = login;
        this.monitorCapabilities = Set.copyOf(monitorCapabilities);
        this.name = name;
        this.arn = arn;
        this.profile = profile;
        this.settings = AgentSettings.initial(softphoneAutoAccept);
        this.availability = offline;
        this.availabilitySince = now;
        this.shown = offline;
        this.shownSince = now;
        this.idleSince = now;
    }

    /** The state the agent's snapshot shows: a system state while contacts need them, else the one they picked. */
    AgentState derivedState() {
        if (has(ContactState.CONNECTED)) {
            return AgentState.BUSY;
        }
        if (hasOutboundDialing()) {
            return AgentState.CALLING_CUSTOMER;
        }
        Optional<Contact> offered = contacts.stream().filter(c -> c.state().isOffered()).findFirst();
        if (offered.isPresent()) {
            return offered.get().type() == ContactType.QUEUE_CALLBACK ? AgentState.PENDING_CALLBACK
                    : AgentState.PENDING_BUSY;
        }
        if (has(ContactState.ENDED)) {
            return AgentState.AFTER_CALL_WORK;
        }
        return contacts.stream().anyMatch(c -> c.state().isMissed()) ? AgentState.MISSED_CALL : availability;
    }

    private boolean hasOutboundDialing() {
        return has(ContactState.DIALING);
    }

    private boolean has(ContactState state) {
        return contacts.stream().anyMatch(c -> c.state() == state);
    }

    /** Recomputes the shown state; true when it changed. */
    boolean refreshShownState(Instant now) {
        AgentState derived = derivedState();
        if (derived.equals(shown)) {
            return false;
        }
        shown = derived;
        shownSince = now;
        if (derived.isRoutable()) {
            idleSince = now;
        }
        return true;
    }

    boolean isRoutable() {
        return contacts.isEmpty() && availability.isRoutable() && nextState == null && !offersHeld;
    }

    /**
     * No offer until {@link #releaseOffers()}: the agent just became routable, and their snapshot shows that state
     * before it shows an offer (Connect never goes from Offline to PendingBusy in one snapshot).
     */
    void holdOffers() {
        offersHeld = true;
    }

    void releaseOffers() {
        offersHeld = false;
    }

    /** Connect's "Online": the state the agent picked is anything but offline. */
    boolean isOnline() {
        return !"offline".equals(availability.type());
    }

    /** Connect's "Available": in a routable state and without any contact, so that a contact could go to them now. */
    boolean isAvailable() {
        return availability.isRoutable() && contacts.isEmpty();
    }

    /** Connect's "On contact": working a contact (dialling, connected, after-call work), not merely offered one. */
    boolean isOnContact() {
        return contacts.stream().anyMatch(c -> !c.state().isMissed() && !c.state().isOffered());
    }

    /** Whether the agent has a live contact or one in after-call work (missed and rejected ones do not count). */
    boolean isWorking() {
        return contacts.stream().anyMatch(c -> !c.state().isMissed());
    }

    Optional<Contact> contact(String contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }

    boolean hasActiveContact() {
        return contacts.stream().anyMatch(c -> !c.state().isFinished());
    }

    void add(Contact contact) {
        contacts.add(contact);
        recentContacts.add(contact.id());
        if (recentContacts.size() > RECENT_CONTACTS) {
            recentContacts.removeFirst();
        }
    }

    /** Whether the contact was one of the agent's last {@value #RECENT_CONTACTS}. */
    boolean handled(String contactId) {
        return recentContacts.contains(contactId);
    }

    void remove(Contact contact) {
        contacts.remove(contact);
    }

    void replace(Contact live, Contact frozen) {
        int index = contacts.indexOf(live);
        if (index >= 0) {
            contacts.set(index, frozen);
        }
    }

    void pick(AgentState state, Instant now) {
        if (!state.equals(availability)) {
            availability = state;
            availabilitySince = now;
        }
    }

    void enqueueNext(AgentState state) {
        nextState = state;
    }

    /** Applies the next state enqueued for after the last contact, if any. */
    void applyNextState(Instant now) {
        if (nextState != null && contacts.isEmpty()) {
            pick(nextState, now);
            nextState = null;
        }
    }

    void resetIdle(Instant now) {
        idleSince = now;
    }

    long bumpVersion() {
        return ++version;
    }

    long version() {
        return version;
    }

    List<SnapshotWaiter> waiters() {
        return waiters;
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    Set<String> monitorCapabilities() {
        return monitorCapabilities;
    }

    public RoutingProfile profile() {
        return profile;
    }

    public AgentSettings settings() {
        return settings;
    }

    void update(AgentSettings changed) {
        settings = changed;
    }

    /** The agent's own queue, which transfers to them go through: Connect's agent queue has no name. */
    public Queue agentQueue() {
        return new Queue(null, arn.replace("/agent/", "/queue/agent/"));
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public AgentState availability() {
        return availability;
    }

    public Instant availabilitySince() {
        return availabilitySince;
    }

    public AgentState nextState() {
        return nextState;
    }

    public AgentState shownState() {
        return shown;
    }

    public Instant shownSince() {
        return shownSince;
    }

    Instant idleSince() {
        return idleSince;
    }
}
