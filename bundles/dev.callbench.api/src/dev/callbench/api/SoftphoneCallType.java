package dev.callbench.api;

/** The media of a softphone call. */
public enum SoftphoneCallType {
    /** Audio only. */
    AUDIO_ONLY,
    /** Video only. */
    VIDEO_ONLY,
    /** Audio and video. */
    AUDIO_VIDEO,
    /** No media of the agent's own (monitoring). */
    NONE;
}
