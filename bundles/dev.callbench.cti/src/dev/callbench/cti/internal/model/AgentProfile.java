package dev.callbench.cti.internal.model;

import java.util.List;
import java.util.Set;

import dev.callbench.api.Agent;
import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentState;
import dev.callbench.api.RoutingProfile;

/** What the agent's configuration calls tell, which snapshots do not repeat. */
public record AgentProfile(String name, String username, RoutingProfile routingProfile,
        List<AgentState> selectableStates, Set<String> permissions, AgentConfiguration configuration) {

    public AgentProfile {
        selectableStates = List.copyOf(selectableStates);
        permissions = Set.copyOf(permissions);
    }

    /** The same agent, taking calls as {@code changed} says. */
    public AgentProfile with(AgentConfiguration changed) {
        return new AgentProfile(name, username, routingProfile, selectableStates, permissions, changed);
    }

    /** The agent in the given state. */
    public Agent agent(AgentState state, AgentState nextState) {
        return new Agent(name, username, routingProfile, selectableStates, state, nextState, permissions,
                configuration);
    }
}
