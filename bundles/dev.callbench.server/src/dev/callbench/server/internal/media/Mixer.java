package dev.callbench.server.internal.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.callbench.server.internal.center.AgentSnapshot.ConnectionView;
import dev.callbench.server.internal.center.AgentSnapshot.ContactView;
import dev.callbench.server.internal.center.ConnectionState;
import dev.callbench.server.internal.center.ConnectionType;

/**
 * Who hears whom, from the contacts as their agents' snapshots show them. A leg alone: silence while ringing, the
 * caller once accepted, silence (and hold music to the caller) on hold. Legs of one initial contact form a bridge,
 * whose state the first agent's contact holds (its third-party leg): while that leg is connected the two agents hear
 * each other (a consult), and the caller too while the customer is connected as well (a conference).
 */
final class Mixer {

    private Mixer() {
    }

    /** @param views each leg's contact in its agent's newest snapshot; legs whose contact is gone are left out */
    static Map<MediaLeg, LegMix> mixes(Map<MediaLeg, ContactView> views) {
        Map<String, List<MediaLeg>> bridges = views.keySet().stream()
                .collect(Collectors.groupingBy(leg -> views.get(leg).initialContactId()));
        Map<MediaLeg, LegMix> mixes = new HashMap<>();
        views.forEach((leg, view) -> CallPhase.of(view).ifPresent(phase -> {
            List<MediaLeg> partners = bridges.get(view.initialContactId()).stream().filter(other -> other != leg)
                    .toList();
            Optional<ContactView> first = partners.stream().map(views::get).filter(v -> thirdParty(v).isPresent())
                    .findFirst().or(() -> Optional.of(view).filter(v -> thirdParty(v).isPresent()));
            mixes.put(leg, partners.isEmpty() || first.isEmpty() || phase == CallPhase.RINGING ? alone(leg, phase)
                    : bridged(leg, view, first.get(), partners, views));
        }));
        return mixes;
    }

    private static LegMix alone(MediaLeg leg, CallPhase phase) {
        return switch (phase) {
            case RINGING -> new LegMix(false, List.of(), CallerEar.Hears.NOTHING, "silence");
            case TALKING -> new LegMix(true, List.of(), CallerEar.Hears.AGENT, leg.voiceName());
            case ON_HOLD -> new LegMix(false, List.of(), CallerEar.Hears.HOLD_MUSIC, "hold");
        };
    }

    private static LegMix bridged(MediaLeg leg, ContactView view, ContactView first, List<MediaLeg> partners,
            Map<MediaLeg, ContactView> views) {
        boolean thirdOn = thirdParty(first).map(c -> c.state() == ConnectionState.CONNECTED).orElse(false);
        ConnectionState customer = customer(first).map(ConnectionView::state).orElse(ConnectionState.DISCONNECTED);
        boolean isFirst = view.id().equals(first.id());
        List<MediaLeg> agents = !thirdOn ? List.of() : partners.stream()
                .filter(p -> CallPhase.of(views.get(p)).filter(phase -> phase != CallPhase.RINGING).isPresent())
                .toList();
        boolean callerOn = customer == ConnectionState.CONNECTED
                && (isFirst ? CallPhase.of(view).orElse(null) == CallPhase.TALKING : thirdOn);
        CallerEar.Hears ear = customer == ConnectionState.HOLD ? CallerEar.Hears.HOLD_MUSIC
                : callerOn ? CallerEar.Hears.AGENT : CallerEar.Hears.NOTHING;
        String sends = callerOn ? leg.voiceName() : customer == ConnectionState.HOLD ? "hold" : "silence";
        return new LegMix(callerOn, agents, ear, sends);
    }

    private static Optional<ConnectionView> thirdParty(ContactView contact) {
        return contact.connections().stream().filter(c -> c.type() != ConnectionType.AGENT && !c.initial())
                .filter(c -> c.state() != ConnectionState.DISCONNECTED).findFirst();
    }

    private static Optional<ConnectionView> customer(ContactView contact) {
        return contact.connections().stream().filter(c -> c.type() != ConnectionType.AGENT && c.initial()).findFirst();
    }
}
