package dev.callbench.api;

import java.util.Objects;

/**
 * How an agent takes calls.
 *
 * @param softphoneEnabled whether calls come to the built-in softphone (otherwise to the desk phone)
 * @param softphoneAutoAccept whether softphone calls are accepted without a click
 * @param extension the desk phone number when the softphone is off; empty otherwise
 */
public record AgentConfiguration(boolean softphoneEnabled, boolean softphoneAutoAccept, String extension) {

    public AgentConfiguration {
        Objects.requireNonNull(extension, "extension");
    }
}
