package dev.callbench.cti.internal.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.callbench.cti.internal.sync.SnapshotView.ContactView;

/**
 * Turns consecutive snapshots into events in the order Streams fires them ({@code AgentDataProvider}):
 * agent init (once), refresh, routing type change, state name change, next state change, then added
 * contacts, removed contacts and contacts in both. Keeps the set of contacts whose end has not been
 * reported yet, so that a contact removed before it was seen ending still gets an ended event.
 */
public final class SnapshotDiff {

    private static final String INITIAL_STATE_NAME = "Init";
    private static final String INITIAL_STATE_TYPE = "init";
    private static final String INITIAL_CONTACT_STATE = "init";

    private final Set<String> notYetEnded = new HashSet<>();
    private SnapshotView previous;

    /** The events from the last snapshot given to this method (none at first) to {@code next}. */
    public List<Change> advance(SnapshotView next) {
        List<Change> changes = new ArrayList<>();
        agentChanges(next, changes);
        contactChanges(next, changes);
        previous = next;
        return changes;
    }

    private void agentChanges(SnapshotView next, List<Change> changes) {
        if (previous == null) {
            changes.add(new Change.OfAgent(AgentChange.INIT));
        }
        changes.add(new Change.OfAgent(AgentChange.REFRESH));
        String oldType = previous == null ? INITIAL_STATE_TYPE : previous.stateType();
        if (!oldType.equals(next.stateType())) {
            AgentEventRules.routingEvent(next.stateType()).ifPresent(kind -> changes.add(new Change.OfAgent(kind)));
        }
        String oldName = previous == null ? INITIAL_STATE_NAME : previous.stateName();
        if (!oldName.equals(next.stateName())) {
            changes.add(new Change.OfAgent(AgentChange.STATE_CHANGE));
            AgentEventRules.stateEvent(next.stateName()).ifPresent(kind -> changes.add(new Change.OfAgent(kind)));
        }
        String oldNext = previous == null ? null : previous.nextStateName();
        if (next.nextStateName() != null && !next.nextStateName().equals(oldNext)) {
            changes.add(new Change.OfAgent(AgentChange.ENQUEUED_NEXT_STATE));
        } else if (next.nextStateName() == null && oldNext != null) {
            changes.add(new Change.OfAgent(AgentChange.CLEARED_NEXT_STATE));
        }
    }

    private void contactChanges(SnapshotView next, List<Change> changes) {
        Map<String, ContactView> oldContacts = byId(previous == null ? List.of() : previous.contacts());
        Map<String, ContactView> newContacts = byId(next.contacts());
        newContacts.values().stream().filter(contact -> !oldContacts.containsKey(contact.contactId()))
                .forEach(contact -> added(contact, changes));
        oldContacts.values().stream().filter(contact -> !newContacts.containsKey(contact.contactId()))
                .forEach(contact -> removed(contact, changes));
        oldContacts.values().stream().filter(contact -> newContacts.containsKey(contact.contactId()))
                .forEach(contact -> stateChanged(contact.contactId(), contact.stateType(),
                        newContacts.get(contact.contactId()).stateType(), changes));
    }

    private void added(ContactView contact, List<Change> changes) {
        notYetEnded.add(contact.contactId());
        changes.add(new Change.OfContact(ContactChange.INIT, contact.contactId(), false));
        stateChanged(contact.contactId(), INITIAL_CONTACT_STATE, contact.stateType(), changes);
    }

    private void removed(ContactView contact, List<Change> changes) {
        if (notYetEnded.remove(contact.contactId())) {
            changes.add(new Change.OfContact(ContactChange.ENDED, contact.contactId(), true));
        }
        changes.add(new Change.OfContact(ContactChange.DESTROYED, contact.contactId(), true));
    }

    private void stateChanged(String contactId, String from, String to, List<Change> changes) {
        List<ContactChange> events = ContactEventGraph.events(from, to);
        if (!events.isEmpty() && ContactEventGraph.INACTIVE.contains(to)) {
            notYetEnded.remove(contactId);
        }
        events.forEach(kind -> changes.add(new Change.OfContact(kind, contactId, false)));
        changes.add(new Change.OfContact(ContactChange.REFRESH, contactId, false));
    }

    private static Map<String, ContactView> byId(List<ContactView> contacts) {
        Map<String, ContactView> map = new LinkedHashMap<>();
        contacts.forEach(contact -> map.put(contact.contactId(), contact));
        return map;
    }
}
