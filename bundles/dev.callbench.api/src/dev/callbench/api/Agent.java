package dev.callbench.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in agent: who they are, what they may do, and the state they are in.
 *
 * @param name the agent's display name
 * @param username the agent's login
 * @param routingProfile the queues routed to the agent
 * @param selectableStates the states the agent may choose ({@code Available}, {@code Offline}, custom ones)
 * @param state the state the agent is in now
 * @param nextState the state enqueued for after the current contact; {@code null} if none
 * @param permissions what the agent may do, in Amazon Connect's words ({@code outboundCall} ...)
 * @param configuration how the agent takes calls
 */
public record Agent(String name, String username, RoutingProfile routingProfile, List<AgentState> selectableStates,
        AgentState state, AgentState nextState, Set<String> permissions, AgentConfiguration configuration) {

    public Agent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(routingProfile, "routingProfile");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(configuration, "configuration");
        selectableStates = List.copyOf(selectableStates);
        permissions = Set.copyOf(permissions);
    }

    /** The enqueued next state, if any. */
    public Optional<AgentState> enqueuedNextState() {
        return Optional.ofNullable(nextState);
    }

    /** The selectable state of this name, if the agent may choose it. */
    public Optional<AgentState> selectableState(String stateName) {
        return selectableStates.stream().filter(s -> s.name().equals(stateName)).findFirst();
    }

    /** This agent in another state. */
    public Agent withState(AgentState newState) {
        return new Agent(name, username, routingProfile, selectableStates, newState, nextState, permissions,
                configuration);
    }

    /** This agent with another enqueued next state ({@code null} clears it). */
    public Agent withNextState(AgentState newNextState) {
        return new Agent(name, username, routingProfile, selectableStates, state, newNextState, permissions,
                configuration);
    }
}
