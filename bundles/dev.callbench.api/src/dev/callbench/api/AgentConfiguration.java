package dev.callbench.api;

import java.util.Objects;

/**
 * How an agent takes calls, as the CCP's settings set it.
 *
 * @param softphoneEnabled whether calls come to the built-in softphone (otherwise to the desk phone)
 * @param softphoneAutoAccept whether softphone calls are accepted without a click
 * @param extension the desk phone number when the softphone is off; empty otherwise
 * @param language the agent's language for the contact center's prompts and the CCP, as Connect names it
 *        ({@code en_US}, {@code de_DE} ...); empty when the agent chose none
 */
public record AgentConfiguration(boolean softphoneEnabled, boolean softphoneAutoAccept, String extension,
        String language) {

    public AgentConfiguration {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(language, "language");
    }

    /** A configuration without a language chosen. */
    public AgentConfiguration(boolean softphoneEnabled, boolean softphoneAutoAccept, String extension) {
        this(softphoneEnabled, softphoneAutoAccept, extension, "");
    }
}
