package dev.callbench.api;

import java.util.Objects;

/**
 * A failure of the softphone.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 *
 * @param type the category of the failure
 * @param message a sentence the agent understands
 * @param contactId the contact whose call failed; {@code null} if the failure concerns no call
 */
public record SoftphoneError(SoftphoneErrorType type, String message, String contactId) {

    public SoftphoneError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }
}
