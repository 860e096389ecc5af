package dev.callbench.server.internal.media;

import java.util.List;

/**
 * What one leg's agent hears, and what its caller hears, for now.
 *
 * @param hearsCaller the agent hears the simulated caller
 * @param hearsAgents the other agents of a bridge this agent hears (a consult, a conference)
 * @param callerHears what the caller of this leg hears
 * @param callerSends what the admin view says the caller sends: silence, recording, tone or hold
 */
record LegMix(boolean hearsCaller, List<MediaLeg> hearsAgents, CallerEar.Hears callerHears, String callerSends) {

    LegMix {
        hearsAgents = List.copyOf(hearsAgents);
    }
}
