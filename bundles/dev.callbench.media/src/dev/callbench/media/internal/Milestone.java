package dev.callbench.media.internal;

/** The moments of a call's media set-up that a session report gives. */
public enum Milestone {
    /** createOffer succeeded (offering side). */
    OFFER_CREATED,
    /** The (munged) offer, or the answer, is the local description: ICE gathering starts. */
    LOCAL_DESCRIPTION_SET,
    /** Every candidate is in, or the ICE collection timer kept those there were. */
    ICE_GATHERING_COMPLETE,
    /** The far end's offer, or answer, is the remote description. */
    REMOTE_DESCRIPTION_APPLIED,
    /** ICE connected (or completed) for the first time. */
    ICE_CONNECTED,
    /**
     * The far end's first RTP packet arrived (connect-rtc-js' firstRTPTime), as the statistics, polled every 10 ms
     * from the connection on, first count one.
     */
    FIRST_AUDIO_RECEIVED
}
