package dev.callbench.ui.internal.settings;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.prefs.BackingStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AudioDevice;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.Softphone;
import dev.callbench.ringtone.internal.RingerComponent;
import dev.callbench.ringtone.internal.RingerSettings;
import dev.callbench.ringtone.internal.output.AudioUnavailableException;
import dev.callbench.ui.internal.Messages;

/**
 * The agent's microphone, speaker and ringer, kept in the workspace's preferences and applied at start and on every
 * save: the microphone and speaker through the softphone ({@link Softphone#useMicrophone}), as soon as it is there;
 * the ringer through the ringtone's configuration {@value RingerSettings#PID}. Lists the devices and plays the tests
 * for the Settings.
 */
@Component(service = AudioSettings.class, immediate = true)
public final class AudioSettings {

    static final String MICROPHONE = "audio.microphone";
    static final String SPEAKER = "audio.speaker";
    static final String RINGER = "audio.ringer";
    private static final long RINGER_WAIT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(AudioSettings.class);

    private final ConfigurationAdmin configurations;
    private volatile Softphone softphone;
    /** The ringer, once there: it is replaced (and briefly away) whenever its configuration changes. */
    private volatile CompletableFuture<RingerComponent> ringer = new CompletableFuture<>();

    @Activate
    public AudioSettings(@Reference ConfigurationAdmin configurations) {
        this.configurations = configurations;
        if (preferences().get(RINGER, null) != null) {
            try {
                applyRinger(choice().ringer());
            } catch (SettingsException e) {
                LOG.error("The agent's ringer could not be applied at start", e);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSoftphone(Softphone phone) {
        softphone = phone;
        applySoftphone(phone, choice());
    }

    void unsetSoftphone(Softphone phone) {
        if (softphone == phone) {
            softphone = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void setRinger(RingerComponent component) {
        if (!ringer.complete(component)) {
            ringer = CompletableFuture.completedFuture(component);
        }
    }

    synchronized void unsetRinger(RingerComponent component) {
        if (ringer.getNow(null) == component) {
            ringer = new CompletableFuture<>();
        }
    }

    /** The ringer, waiting a little for it while its configuration changes. */
    private CompletableFuture<RingerComponent> ringer() {
        return ringer.copy().orTimeout(RINGER_WAIT_SECONDS, TimeUnit.SECONDS).exceptionallyCompose(
                timeout -> CompletableFuture.failedFuture(unavailable(Messages.Settings_noRinger, timeout)));
    }

    /** The devices chosen last; the system's defaults when none were. */
    public AudioChoice choice() {
        IEclipsePreferences preferences = preferences();
        return new AudioChoice(preferences.get(MICROPHONE, ""), preferences.get(SPEAKER, ""),
                preferences.get(RINGER, ""));
    }

    public void save(AudioChoice choice) throws SettingsException {
        IEclipsePreferences preferences = preferences();
        preferences.put(MICROPHONE, choice.microphone());
        preferences.put(SPEAKER, choice.speaker());
        preferences.put(RINGER, choice.ringer());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            throw new SettingsException(Messages.Settings_notKept, e);
        }
        Softphone phone = softphone;
        if (phone != null) {
            applySoftphone(phone, choice);
        }
        applyRinger(choice.ringer());
    }

    public CompletionStage<List<AudioDevice>> microphones() {
        Softphone phone = softphone;
        return phone == null ? noSoftphone() : phone.microphones();
    }

    public CompletionStage<List<AudioDevice>> speakers() {
        Softphone phone = softphone;
        return phone == null ? noSoftphone() : phone.speakers();
    }

    /** The ringer's devices; asks the sound system on a thread of its own. */
    public CompletionStage<List<AudioDevice>> ringers() {
        return ringer().thenApplyAsync(component -> {
            try {
                return component.devices().stream().map(d -> new AudioDevice(d.name(), d.description())).toList();
            } catch (AudioUnavailableException e) {
                throw unavailable(Messages.Settings_noSoundSystem, e);
            }
        });
    }

    /** Switches the softphone to {@code speaker} (unless it is the default, "") and plays its test tone there. */
    public CompletionStage<Void> testSpeaker(String speaker) {
        Softphone phone = softphone;
        if (phone == null) {
            return noSoftphone();
        }
        CompletionStage<Void> switched = speaker.isEmpty() ? CompletableFuture.completedFuture(null)
                : phone.useSpeaker(new AudioDevice(speaker, speaker));
        return switched.thenCompose(done -> phone.testSpeaker());
    }

    /** Rings once, briefly, on {@code device} (the default output when it is ""). */
    public CompletionStage<Void> testRinger(String device) {
        return ringer().thenCompose(component -> component.test(device));
    }

    private static void applySoftphone(Softphone phone, AudioChoice choice) {
        if (!choice.microphone().isEmpty()) {
            phone.useMicrophone(new AudioDevice(choice.microphone(), choice.microphone())).exceptionally(
                    failure -> logged("microphone", choice.microphone(), failure));
        }
        if (!choice.speaker().isEmpty()) {
            phone.useSpeaker(new AudioDevice(choice.speaker(), choice.speaker())).exceptionally(
                    failure -> logged("speaker", choice.speaker(), failure));
        }
    }

    private static Void logged(String what, String device, Throwable failure) {
        LOG.warn("The softphone could not use the {} {}", what, device, failure);
        return null;
    }

    private void applyRinger(String device) throws SettingsException {
        try {
            Configuration configuration = configurations.getConfiguration(RingerSettings.PID, "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            Hashtable<String, Object> updated = new Hashtable<>();
            if (properties != null) {
                for (String key : Collections.list(properties.keys())) {
                    updated.put(key, properties.get(key));
                }
            }
            updated.put(RingerSettings.DEVICE, device);
            configuration.updateIfDifferent(updated);
        } catch (IOException e) {
            throw new SettingsException(Messages.Settings_notApplied, e);
        }
    }

    private static <T> CompletableFuture<T> noSoftphone() {
        return CompletableFuture.failedFuture(unavailable(Messages.Settings_noSoftphone, null));
    }

    private static ActionFailedException unavailable(String sentence, Throwable cause) {
        return new ActionFailedException(ActionFailedException.Reason.FAILED, sentence, cause);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(ContactCenterSettings.PREFERENCES);
    }
}
