package dev.callbench.api;

/**
 * Why the softphone failed, in the categories of Amazon Connect's Streams API.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 */
public enum SoftphoneErrorType {
    /** The platform cannot run the softphone. */
    UNSUPPORTED_BROWSER,
    /** No microphone could be opened. */
    MICROPHONE_NOT_SHARED,
    /** The signaling server refused or did not answer the call set-up. */
    SIGNALLING_HANDSHAKE_FAILURE,
    /** The signaling server could not be reached. */
    SIGNALLING_CONNECTION_FAILURE,
    /** No network path for the media was found in time. */
    ICE_COLLECTION_TIMEOUT,
    /** The agent already has a softphone call elsewhere. */
    USER_BUSY_ERROR,
    /** The media engine failed. */
    WEBRTC_ERROR,
    /** The call's media failed during the call. */
    REALTIME_COMMUNICATION_ERROR,
    /** Another failure. */
    OTHER;
}
