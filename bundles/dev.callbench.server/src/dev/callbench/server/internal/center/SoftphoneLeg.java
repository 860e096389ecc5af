package dev.callbench.server.internal.center;

/** One agent's side of a softphone call: the contact and the agent whose softphone carries its audio. */
public record SoftphoneLeg(String contactId, String agentLogin) {
}
