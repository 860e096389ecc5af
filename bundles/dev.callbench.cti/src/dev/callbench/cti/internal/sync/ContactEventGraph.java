package dev.callbench.cti.internal.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contact events a change of {@code contact.state.type} gives, following the rules of Amazon Connect
 * Streams ({@code connect.core.contactEventGraph}): links from any state come first, then links tied to the
 * old state, each group in the order the rules are listed.
 */
final class ContactEventGraph {

    static final String ANY = "*";
    static final Set<String> ACTIVE = Set.of("paused", "incoming", "pending", "connecting", "connected");
    static final Set<String> INACTIVE = Set.of("init", "missed", "error", "ended", "rejected");

    private record Link(Set<String> from, String to, ContactChange event) {
    }

    private static final List<Link> LINKS = List.of(
            new Link(Set.of(ANY), "incoming", ContactChange.INCOMING),
            new Link(Set.of(ANY), "pending", ContactChange.PENDING),
            new Link(Set.of(ANY), "connecting", ContactChange.CONNECTING),
            new Link(Set.of(ANY), "connected", ContactChange.CONNECTED),
            new Link(Set.of("connecting", "incoming"), "error", ContactChange.MISSED),
            new Link(Set.of(ANY), "ended", ContactChange.ACW),
            new Link(ACTIVE, "init", ContactChange.ENDED),
            new Link(ACTIVE, "missed", ContactChange.ENDED),
            new Link(ACTIVE, "error", ContactChange.ENDED),
            new Link(ACTIVE, "ended", ContactChange.ENDED),
            new Link(ACTIVE, "rejected", ContactChange.ENDED),
            new Link(Set.of(ANY), "error", ContactChange.ERROR),
            new Link(Set.of("connecting", "incoming"), "missed", ContactChange.MISSED),
            new Link(Set.of("connecting", "incoming"), "rejected", ContactChange.MISSED));

    private ContactEventGraph() {
    }

    /** The events for a contact whose state type went from {@code from} to {@code to}; empty if unchanged. */
    static List<ContactChange> events(String from, String to) {
        List<ContactChange> events = new ArrayList<>();
        if (from.equals(to)) {
            return events;
        }
        collect(events, ANY, to);
        collect(events, from, to);
        return events;
    }

    private static void collect(List<ContactChange> events, String from, String to) {
        for (Link link : LINKS) {
            if (link.to.equals(to) && link.from.contains(from)) {
                events.add(link.event);
            }
        }
    }
}
