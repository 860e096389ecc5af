package dev.callbench.api;

/**
 * The stage at which a softphone session failed, in connect-rtc-js's terms.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 */
public enum SessionFailure {
    /** The microphone did not open in time. */
    GUM_TIMEOUT,
    /** The microphone could not be opened. */
    GUM_OTHER,
    /** The offer could not be created. */
    CREATE_OFFER,
    /** The local description was refused. */
    SET_LOCAL_DESCRIPTION,
    /** No ICE candidate was gathered in time. */
    ICE_COLLECTION,
    /** The signaling server could not be reached. */
    SIGNALLING_CONNECTION,
    /** The signaling server refused the invite or did not answer it. */
    HANDSHAKING,
    /** The agent already has a softphone call elsewhere. */
    USER_BUSY,
    /** The answer's SDP was empty or invalid. */
    INVALID_REMOTE_SDP,
    /** The answer carried no ICE candidate. */
    NO_REMOTE_ICE_CANDIDATE,
    /** The answer could not be applied. */
    SET_REMOTE_DESCRIPTION
}
