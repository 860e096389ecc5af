package dev.callbench.media.internal;

/**
 * Why setting up a call's media failed, named as connect-rtc-js names its WebRTC failures ({@code RTC_ERRORS}), with
 * the sentence it reports for each. {@link #CREATE_ANSWER_FAILURE} is the answering side's own: connect-rtc-js never
 * answers.
 */
public enum MediaFailure {
    CREATE_OFFER_FAILURE("Create Offer Failure"),
    CREATE_ANSWER_FAILURE("Create Answer Failure"),
    SET_LOCAL_DESCRIPTION_FAILURE("Set Local Description Failure"),
    SET_REMOTE_DESCRIPTION_FAILURE("Set Remote Description Failure"),
    INVALID_REMOTE_SDP("Invalid Remote SDP"),
    NO_REMOTE_ICE_CANDIDATE("No Remote ICE Candidate"),
    /**
     * The microphone or speaker could not be opened (connect-rtc-js: getUserMedia failed for another reason than a
     * refusal): with the system's devices, no sound server (PulseAudio) answers.
     */
    MICROPHONE_FAILURE("GUM Other Failure"),
    /** No relay candidate by the deadline, or the TURN server refused the credentials (401). */
    ICE_COLLECTION_TIMEOUT("Ice Collection Timeout");

    private final String text;

    MediaFailure(String text) {
        this.text = text;
    }

    /** connect-rtc-js' words for it, as passed to {@code onSessionFailed}. */
    public String text() {
        return text;
    }
}
