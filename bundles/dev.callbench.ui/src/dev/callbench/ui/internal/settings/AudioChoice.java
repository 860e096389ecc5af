package dev.callbench.ui.internal.settings;

/**
 * The agent's audio devices, by their ids (PulseAudio's names); empty: the system's default.
 *
 * @param microphone what the softphone records from
 * @param speaker what the softphone plays calls on
 * @param ringer what the ringer rings on, apart from the headset
 */
public record AudioChoice(String microphone, String speaker, String ringer) {
}
