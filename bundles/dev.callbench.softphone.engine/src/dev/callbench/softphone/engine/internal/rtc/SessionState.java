package dev.callbench.softphone.engine.internal.rtc;

/** The stages of a softphone session, as connect-rtc-js's RtcSession names them. */
public enum SessionState {
    /** The peer connection and its audio are being opened. */
    GRAB_LOCAL_MEDIA,
    /** The offer is created and set as the local description; candidates and the signaling socket come next. */
    CREATE_OFFER,
    /** Candidates are gathered and the signaling socket opened, together. */
    CONNECT_SIGNALING_AND_ICE_COLLECTION,
    /** The invite is sent; its answer is awaited. */
    INVITE_ANSWER,
    /** Answer applied and accept sent: "talking" (it does not wait for ICE to connect). */
    TALKING,
    /** The session ended normally. */
    DISCONNECTED,
    /** The session failed; the reason is given with it. */
    FAILED
}
