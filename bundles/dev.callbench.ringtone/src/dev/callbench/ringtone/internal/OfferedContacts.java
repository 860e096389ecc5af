package dev.callbench.ringtone.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.Connection;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.ContactEvent;

/**
 * Which contacts ring, from their events: an inbound softphone call while it is {@code CONNECTING} (the voice ring),
 * a queued callback while it is {@code INCOMING} (the callback ring), nothing for a contact the agent accepts
 * automatically (a beep instead, once). A contact stops ringing when it is accepted, connected, missed, ended,
 * destroyed, in error or rejected, and never rings again. The latest offer that still rings is the one heard: one
 * ringer, however many contacts are offered. Not thread-safe: its owner serialises the calls.
 */
final class OfferedContacts {

    private final LinkedHashMap<String, Ringtone> ringing = new LinkedHashMap<>();
    /** Contacts that were answered one way or another (or beeped for): they do not ring again until destroyed. */
    private final Set<String> done = new HashSet<>();

    /**
     * Applies the event.
     *
     * @return {@link Ringtone#AUTO_ACCEPT} when the event offers a contact the agent accepts automatically: beep once
     */
    Optional<Ringtone> apply(ContactEvent event) {
        Contact contact = event.contact();
        String id = contact.id();
        switch (event.type()) {
            case CONNECTING, INCOMING, REFRESH -> {
                Optional<Ringtone> ring = ringtoneFor(contact);
                if (ring.isEmpty()) {
                    if (event.type() == ContactEvent.Type.REFRESH && contact.state() != ContactState.INIT) {
                        ringing.remove(id); // a state change we did not hear about
                    }
                    return Optional.empty();
                }
                if (done.contains(id) || ringing.containsKey(id)) {
                    return Optional.empty();
                }
                if (autoAccepted(contact, event.snapshot().agent().configuration())) {
                    done.add(id);
                    return event.type() == ContactEvent.Type.REFRESH ? Optional.empty() : Optional.of(Ringtone.AUTO_ACCEPT);
                }
                ringing.put(id, ring.get());
            }
            case DESTROYED -> {
                ringing.remove(id);
                done.remove(id);
            }
            case ACCEPTED, CONNECTED, MISSED, ENDED, ERROR, ACW -> answered(id);
            case INIT, PENDING -> {
                // nothing rings yet
            }
        }
        return Optional.empty();
    }

    /** The agent rejected the contact. */
    void answered(String contactId) {
        ringing.remove(contactId);
        done.add(contactId);
    }

    /** What rings now: the ringtone of the latest offer that still rings. */
    Optional<Ringtone> ringtone() {
        return ringing.sequencedValues().reversed().stream().findFirst();
    }

    /** The contacts that ring now. */
    Set<String> ringingContacts() {
        return Set.copyOf(ringing.keySet());
    }

    /** The ring a contact in its current state asks for, if any. */
    private static Optional<Ringtone> ringtoneFor(Contact contact) {
        if (contact.state() == ContactState.CONNECTING && contact.type() == ContactType.VOICE && contact.isInbound()
                && contact.isSoftphoneCall()) {
            return Optional.of(Ringtone.VOICE);
        }
        if (contact.state() == ContactState.INCOMING && contact.type() == ContactType.QUEUE_CALLBACK) {
            return Optional.of(Ringtone.QUEUE_CALLBACK);
        }
        return Optional.empty();
    }

    /** The softphone media info says so, or the agent's configuration does (for softphone agents). */
    private static boolean autoAccepted(Contact contact, AgentConfiguration configuration) {
        boolean byCall = contact.agentConnection().flatMap(Connection::softphone).map(SoftphoneMediaInfo::autoAccept)
                .orElse(false);
        return byCall || configuration.softphoneEnabled() && configuration.softphoneAutoAccept();
    }
}
