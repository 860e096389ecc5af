package dev.callbench.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one softphone session (one call's media), with connect-rtc-js's fields.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 *
 * @param contactId the contact whose call this was
 * @param sessionStart when the session started
 * @param sessionEnd when it ended; {@code null} while it runs
 * @param timings how long each stage took
 * @param failure the stage that failed; {@code null} if none did
 * @param iceConnectionsLost how often the media path was lost during the call
 * @param iceConnectionsFailed whether the media path failed for good
 * @param streams the last statistics of each audio stream
 */
public record SessionReport(String contactId, Instant sessionStart, Instant sessionEnd, SessionTimings timings,
        SessionFailure failure, int iceConnectionsLost, boolean iceConnectionsFailed, List<RtpStreamStats> streams) {

    public SessionReport {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(sessionStart, "sessionStart");
        Objects.requireNonNull(timings, "timings");
        streams = List.copyOf(streams);
    }

    /** The stage that failed, if the session failed. */
    public Optional<SessionFailure> failed() {
        return Optional.ofNullable(failure);
    }
}
