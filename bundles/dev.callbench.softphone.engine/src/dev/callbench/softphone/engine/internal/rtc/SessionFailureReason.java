package dev.callbench.softphone.engine.internal.rtc;

import dev.callbench.media.internal.MediaFailure;

/**
 * Why a session failed, with connect-rtc-js's words for it (RTC_ERRORS) and the softphone error type Streams
 * publishes for it ({@code connect.SoftphoneErrorTypes}).
 */
public enum SessionFailureReason {
    ICE_COLLECTION_TIMEOUT("Ice Collection Timeout", "ice_collection_timeout"),
    USER_BUSY("User Busy", "user_busy_error"),
    SIGNALLING_HANDSHAKE_FAILURE("Signalling Handshake Failure", "signalling_handshake_failure"),
    SIGNALLING_CONNECTION_FAILURE("Signalling Connection Failure", "signalling_connection_failure"),
    GUM_OTHER_FAILURE("GUM Other Failure", "microphone_not_shared"),
    CALL_NOT_FOUND("Call Not Found", null),
    CREATE_OFFER_FAILURE("Create Offer Failure", "webrtc_error"),
    SET_LOCAL_DESCRIPTION_FAILURE("Set Local Description Failure", "webrtc_error"),
    SET_REMOTE_DESCRIPTION_FAILURE("Set Remote Description Failure", "webrtc_error"),
    INVALID_REMOTE_SDP("Invalid Remote SDP", "webrtc_error"),
    NO_REMOTE_ICE_CANDIDATE("No Remote ICE Candidate", "webrtc_error"),
    /**
     * The media path broke during the call and an ICE restart did not bring it back (the contact center's media
     * endpoint died, the relay went away). Not connect-rtc-js's: it keeps such a call up without sound and reports
     * nothing, leaving it to the server to end; this softphone ends its media and tells the agent, with the Streams
     * type for a failure during the call.
     */
    MEDIA_LOST("Media Lost", "realtime_communication_error"),
    /** Ended by the agent or the contact before talking. */
    HANG_UP_BEFORE_TALKING("Agent clicks hangs up", "webrtc_error");

    private final String rtcError;
    private final String softphoneErrorType;

    SessionFailureReason(String rtcError, String softphoneErrorType) {
        this.rtcError = rtcError;
        this.softphoneErrorType = softphoneErrorType;
    }

    public String rtcError() {
        return rtcError;
    }

    /** Streams' softphone error type; null where Streams publishes none (a call not found is only logged). */
    public String softphoneErrorType() {
        return softphoneErrorType;
    }

    static SessionFailureReason of(MediaFailure failure) {
        return switch (failure) {
            case CREATE_OFFER_FAILURE, CREATE_ANSWER_FAILURE -> CREATE_OFFER_FAILURE;
            case SET_LOCAL_DESCRIPTION_FAILURE -> SET_LOCAL_DESCRIPTION_FAILURE;
            case SET_REMOTE_DESCRIPTION_FAILURE -> SET_REMOTE_DESCRIPTION_FAILURE;
            case INVALID_REMOTE_SDP -> INVALID_REMOTE_SDP;
            case NO_REMOTE_ICE_CANDIDATE -> NO_REMOTE_ICE_CANDIDATE;
            case ICE_COLLECTION_TIMEOUT -> ICE_COLLECTION_TIMEOUT;
            case MICROPHONE_FAILURE -> GUM_OTHER_FAILURE;
        };
    }

    static SessionFailureReason of(SignalingFailure failure) {
        return switch (failure) {
            case CONNECTION -> SIGNALLING_CONNECTION_FAILURE;
            case HANDSHAKE -> SIGNALLING_HANDSHAKE_FAILURE;
            case USER_BUSY -> USER_BUSY;
            case CALL_NOT_FOUND -> CALL_NOT_FOUND;
        };
    }
}
