package dev.callbench.api.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.callbench.api.AudioDevice;
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

    /**
     * The microphones the agent can choose from, by names a person understands. Fails with an
     * {@link ActionFailedException} whose message is a sentence for the agent when there is no sound system (or the
     * softphone runs without audio devices).
     *
     * @since 2.1
     */
    CompletionStage<List<AudioDevice>> microphones();

    /**
     * The speakers (and headsets) the agent can choose from; fails as {@link #microphones()} does.
     *
     * @since 2.1
     */
    CompletionStage<List<AudioDevice>> speakers();

    /**
     * Records from {@code microphone} from now on: at once on a call under way, and on every later call, also after
     * the softphone's media engine was restarted. Fails with an {@link ActionFailedException} (a sentence for the
     * agent) when the device is gone or there is no sound system.
     *
     * @since 2.1
     */
    CompletionStage<Void> useMicrophone(AudioDevice microphone);

    /**
     * Plays the calls on {@code speaker} from now on, as {@link #useMicrophone(AudioDevice)} does for the microphone.
     *
     * @since 2.1
     */
    CompletionStage<Void> useSpeaker(AudioDevice speaker);

    /**
     * Plays a short test tone on the chosen speaker (the system's default when none was chosen), apart from any call,
     * so that the agent hears where calls will play. Fails as {@link #microphones()} does.
     *
     * @since 2.2
     */
    CompletionStage<Void> testSpeaker();
}
