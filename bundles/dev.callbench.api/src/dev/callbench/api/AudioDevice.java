package dev.callbench.api;

import java.util.Objects;

/**
 * A microphone or speaker the softphone can use, as the system's sound server lists it.
 *
 * @param id what the softphone is told to use it by (PulseAudio's device name, e.g. {@code alsa_output.usb-...});
 *        stable while the device is plugged in
 * @param name what a person recognises it by (PulseAudio's description, e.g. "Jabra Evolve2 Analog Stereo")
 * @since 1.1
 */
public record AudioDevice(String id, String name) {

    public AudioDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
