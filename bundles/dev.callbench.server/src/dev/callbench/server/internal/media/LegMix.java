package dev.callbench.server.internal.media;

import java.util.List;

/**
 * What one leg's agent hears, and what its caller hears, for now.
 *
 * @param hearsCaller the agent hears the simulated caller
 * @param hearsAgents the other legs' agents this agent hears (a consult, a conference, a supervisor who barged in; a
 *        supervisor hears the agents they monitor)
 * @param callerHears what the caller of this leg hears
 * @param callerAlsoHears the other legs' agents the caller hears beside this leg's agent while cut through
 * @param callerSends what the admin view says the caller sends: silence, recording, tone or hold
 */
record LegMix(boolean hearsCaller, List<MediaLeg> hearsAgents, CallerEar.Hears callerHears,
        List<MediaLeg> callerAlsoHears, String callerSends) {

    static final LegMix RINGING = new LegMix(false, List.of(), CallerEar.Hears.NOTHING, List.of(), "silence");

    LegMix {
        hearsAgents = List.copyOf(hearsAgents);
        callerAlsoHears = List.copyOf(callerAlsoHears);
    }

    /** The same, with a supervisor who barged in heard by this leg's agent, and by its caller when cut through. */
    LegMix withBargeIn(MediaLeg supervisor) {
        List<MediaLeg> agents = new java.util.ArrayList<>(hearsAgents);
        agents.add(supervisor);
        List<MediaLeg> callerToo = new java.util.ArrayList<>(callerAlsoHears);
        if (callerHears == CallerEar.Hears.AGENT) {
            callerToo.add(supervisor);
        }
        return new LegMix(hearsCaller, agents, callerHears, callerToo, callerSends);
    }
}
