package dev.callbench.ringtone.internal.output;

import java.util.Objects;

/**
 * An output device, as the settings screen lists it.
 *
 * @param name what the ringer's {@code device} setting takes: a PulseAudio sink's name ({@code alsa_output.pci-0000_00_1f.3.analog-stereo}),
 *        a Java Sound mixer's name
 * @param description what a person reads ({@code Built-in Audio Analog Stereo})
 */
public record OutputDevice(String name, String description) {

    public OutputDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
