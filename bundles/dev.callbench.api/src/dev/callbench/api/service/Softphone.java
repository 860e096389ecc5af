package dev.callbench.api.service;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.callbench.api.CallQuality;
import dev.callbench.api.SessionReport;

/**
 * The built-in softphone: it sets up each softphone contact's media while the contact rings, so that accepting is
 * instant, and ends it with the contact. Get it as an OSGi service. Its failures arrive as
 * {@link dev.callbench.api.event.AgentEvent.SoftphoneFailure} events, each with a sentence for the agent.
 *
 * @since 2.1
 */
@ProviderType
public interface Softphone {

    /** Whether the softphone's media engine runs, so that calls get audio. */
    boolean isReady();

    /**
     * Silences or restores the agent's microphone on the contact's call at once, and tells the contact center
     * (Connect's {@code MuteParticipant}/{@code UnmuteParticipant}).
     */
    CompletionStage<Void> setMuted(String contactId, boolean muted);

    /** The contact's call quality as last measured; empty if the contact has no media. */
    Optional<CallQuality> quality(String contactId);

    /** The report of the softphone session that ended last. */
    Optional<SessionReport> lastReport();
}
