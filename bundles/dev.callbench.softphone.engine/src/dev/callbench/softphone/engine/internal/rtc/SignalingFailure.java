package dev.callbench.softphone.engine.internal.rtc;

/** Why signaling failed, in connect-rtc-js's terms (its RTC_ERRORS), which map onto Streams' softphone errors. */
public enum SignalingFailure {
    /** The socket could not be opened within the connect budget ({@code Signalling Connection Failure}). */
    CONNECTION,
    /** The invite was refused or not answered in time, or a 403 came later ({@code Signalling Handshake Failure}). */
    HANDSHAKE,
    /** The invite was refused with 486 ({@code User Busy}). */
    USER_BUSY,
    /** The invite was refused with 404 ({@code Call Not Found}). */
    CALL_NOT_FOUND
}
