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
 * each other (a consult), and the caller too while the customer is connected as well (a conference). A supervisor's
 * monitoring leg hears the caller and the agents of the call it monitors; nobody hears it while it listens silently,
 * everyone on the call once it barges in.
 */
final class Mixer {

    private Mixer() {
    }

    /** @param views each leg's contact in its agent's newest snapshot; legs whose contact is gone are left out */
    static Map<MediaLeg, LegMix> mixes(Map<MediaLeg, ContactView> views) {
        Map<MediaLeg, ContactView> agents = new HashMap<>(views);
        agents.values().removeIf(ContactView::monitoring);
        Map<MediaLeg, LegMix> mixes = agentMixes(agents);
        views.forEach((leg, view) -> monitorState(view).ifPresent(state -> {
            List<MediaLeg> call = agents.keySet().stream().filter(mixes::containsKey)
                    .filter(agent -> agents.get(agent).initialContactId().equals(view.initialContactId()))
                    .filter(agent -> CallPhase.of(agents.get(agent)).orElse(null) != CallPhase.RINGING).toList();
            boolean callerOn = call.stream().anyMatch(agent -> mixes.get(agent).hearsCaller());
            mixes.put(leg, new LegMix(callerOn, call, CallerEar.Hears.NOTHING, List.of(),
                    callerOn ? leg.voiceName() : "silence"));
            if (state == ConnectionState.BARGE) {
                call.forEach(agent -> mixes.put(agent, mixes.get(agent).withBargeIn(leg)));
            }
        }));
        return mixes;
    }

    private static Map<MediaLeg, LegMix> agentMixes(Map<MediaLeg, ContactView> views) {
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

    /** The state of a supervisor's monitoring leg, on their monitoring contact; empty on every other contact. */
    private static Optional<ConnectionState> monitorState(ContactView view) {
        return Optional.of(view).filter(ContactView::monitoring).flatMap(v -> v.connections().stream()
                .filter(c -> c.type() == ConnectionType.MONITORING).findFirst()).map(ConnectionView::state)
                .filter(state -> state == ConnectionState.SILENT_MONITOR || state == ConnectionState.BARGE);
    }

    private static LegMix alone(MediaLeg leg, CallPhase phase) {
        return switch (phase) {
            case RINGING -> LegMix.RINGING;
            case TALKING -> new LegMix(true, List.of(), CallerEar.Hears.AGENT, List.of(), leg.voiceName());
            case ON_HOLD -> new LegMix(false, List.of(), CallerEar.Hears.HOLD_MUSIC, List.of(), "hold");
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
        // the caller is one: the first agent's leg, which holds the customer's connection, hears for them
        List<MediaLeg> callerAlsoHears = isFirst && callerOn ? agents : List.of();
        return new LegMix(callerOn, agents, ear, callerAlsoHears, sends);
    }

    private static Optional<ConnectionView> thirdParty(ContactView contact) {
        return contact.connections().stream().filter(c -> c.type() != ConnectionType.AGENT && !c.initial())
                .filter(c -> c.type() != ConnectionType.MONITORING && c.state() != ConnectionState.DISCONNECTED)
                .findFirst();
    }

    private static Optional<ConnectionView> customer(ContactView contact) {
        return contact.connections().stream().filter(c -> c.type() != ConnectionType.AGENT && c.initial()).findFirst();
    }
}
