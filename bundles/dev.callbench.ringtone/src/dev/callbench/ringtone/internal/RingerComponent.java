package dev.callbench.ringtone.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.api.whiteboard.ContactActions;
import dev.callbench.api.whiteboard.ContactEventTypes;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.ringtone.internal.output.AudioOutputs;
import dev.callbench.ringtone.internal.output.AudioUnavailableException;
import dev.callbench.ringtone.internal.output.OutputDevice;

/**
 * Rings for offered contacts (see {@link OfferedContacts} for which) on the ringer device of the
 * {@link RingerSettings} (PID {@value RingerSettings#PID}), and stops at once when they are answered, missed or gone,
 * or when the agent rejects one (as the hook of the {@code Reject} action). Contact events only leave word for the
 * {@link Ringer}'s own thread: no event waits for audio.
 * <p>
 * What goes wrong is told to the agent once, as a sentence posted on EventAdmin's {@value #PROBLEM_TOPIC} (under
 * {@link CoreEvents#PROBLEM} and e4's data key) and kept in {@link #problem()}; the detail goes to the log. The
 * workbench still shows every offered contact: a silent ringer costs the agent the sound only.
 */
@Component(service = { ContactListener.class, ContactActionHook.class, RingerComponent.class },
        configurationPid = RingerSettings.PID)
@ContactEventTypes({ ContactEvent.Type.CONNECTING, ContactEvent.Type.INCOMING, ContactEvent.Type.REFRESH,
        ContactEvent.Type.ACCEPTED, ContactEvent.Type.CONNECTED, ContactEvent.Type.MISSED, ContactEvent.Type.ENDED,
        ContactEvent.Type.ACW, ContactEvent.Type.DESTROYED, ContactEvent.Type.ERROR })
@ContactActions("Reject")
public final class RingerComponent implements ContactListener, ContactActionHook {

    /** The EventAdmin topic of the ringer's sentences for the agent. */
    public static final String PROBLEM_TOPIC = "dev/callbench/ringtone/PROBLEM";
    private static final Logger LOG = LoggerFactory.getLogger(RingerComponent.class);
    static final int TEST_SECONDS = 2;

    private final RingerSettings settings;
    private final Map<Ringtone, Sound> sounds = new EnumMap<>(Ringtone.class);
    private final OfferedContacts offers = new OfferedContacts();
    private final Ringer ringer;
    private volatile String problem;
    private EventAdmin eventAdmin;
    /** A sentence told before EventAdmin came (the ringtone files are read in the constructor). */
    private String untold;

    @Activate
    public RingerComponent(@Reference RingtoneSynthesizer synthesizer, RingerSettings settings) {
        this.settings = settings;
        for (Ringtone tone : Ringtone.values()) {
            boolean once = tone == Ringtone.AUTO_ACCEPT;
            Duration length = once ? tone.cadence().get(0) : tone.period();
            sounds.put(tone, new Sound(tone.name(), synthesizer.render(tone, length, Sound.SAMPLE_RATE), !once));
        }
        ownFile(Ringtone.VOICE, settings.voiceRingtoneFile());
        ownFile(Ringtone.QUEUE_CALLBACK, settings.callbackRingtoneFile());
        this.ringer = new Ringer(() -> AudioOutputs.choose(settings.output(), settings.pulseServer()),
                settings.device(), this::cannotPlay);
        LOG.debug("Ringer {} on device '{}' through '{}' (server '{}')", settings.enabled() ? "on" : "off",
                settings.device(), settings.output(), settings.pulseServer());
    }

    @Deactivate
    void deactivate() {
        ringer.close();
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        if (!settings.enabled()) {
            return;
        }
        synchronized (offers) {
            offers.apply(event).ifPresent(beep -> ringer.beep(sounds.get(beep)));
            ringWhatRings();
        }
    }

    @Override
    public void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
        if (failure == null && action instanceof ContactAction.Reject reject) {
            synchronized (offers) {
                offers.answered(reject.contactId());
                ringWhatRings();
            }
        }
    }

    /**
     * The devices the ringer can play on, for the settings screen. Asks the sound system: may take a second, never
     * call it on the UI thread.
     *
     * @throws AudioUnavailableException when there is no sound system to ask
     */
    public List<OutputDevice> devices() throws AudioUnavailableException {
        return AudioOutputs.choose(settings.output(), settings.pulseServer()).devices();
    }

    /**
     * Plays the voice ring's first {@value #TEST_SECONDS} s once on {@code device} (empty: the default output), for the
     * settings screen's test button, on a ringer of its own beside the one that rings for contacts. Completes once it
     * has played; fails with an {@link ActionFailedException} whose message is a sentence for the agent when there is
     * no such device or no sound system.
     */
    public CompletionStage<Void> test(String device) {
        CompletableFuture<Void> played = new CompletableFuture<>();
        Ringer tester = new Ringer(() -> AudioOutputs.choose(settings.output(), settings.pulseServer()), device,
                cause -> played.completeExceptionally(new ActionFailedException(ActionFailedException.Reason.FAILED,
                        sentence(cause, device), cause)));
        short[] ring = sounds.get(Ringtone.VOICE).samples();
        tester.beep(new Sound("TEST", Arrays.copyOf(ring, Math.min(ring.length,
                TEST_SECONDS * Sound.SAMPLE_RATE)), false));
        CompletableFuture.delayedExecutor(TEST_SECONDS * 1000L + Ringer.LEAD_MILLIS * 3, TimeUnit.MILLISECONDS)
                .execute(() -> {
                    tester.close();
                    played.complete(null);
                });
        return played;
    }

    /** The last sentence the ringer told the agent, if it told any. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The name of the sound that plays now ({@code VOICE}, {@code QUEUE_CALLBACK}, {@code AUTO_ACCEPT}, a file's name). */
    public Optional<String> playing() {
        return Optional.ofNullable(ringer.playing()).map(Sound::name);
    }

    /** How many rings and beeps found no sound device to play on since the settings last changed. */
    public int unplayedSounds() {
        return ringer.unplayed();
    }

    /** The contacts that ring now. */
    public Set<String> ringingContacts() {
        synchronized (offers) {
            return offers.ringingContacts();
        }
    }

    private void ringWhatRings() {
        offers.ringtone().ifPresentOrElse(tone -> ringer.ring(sounds.get(tone)), ringer::stopRinging);
    }

    private void ownFile(Ringtone tone, String file) {
        if (file.isBlank()) {
            return;
        }
        try {
            sounds.put(tone, RingtoneFile.read(Path.of(file.strip())));
        } catch (RingtoneFile.RefusedException e) {
            LOG.warn("The {} ringtone file is not used: {}", tone, e.getMessage(), e.getCause());
            tell(e.sentence());
        } catch (RuntimeException e) { // an invalid path
            LOG.warn("The {} ringtone file '{}' is not used", tone, file, e);
            tell(NLS.bind(Messages.ringtoneFileUnreadable, file));
        }
    }

    private void cannotPlay(AudioUnavailableException cause) {
        tell(sentence(cause, settings.device()));
    }

    private String sentence(AudioUnavailableException cause, String device) {
        return switch (cause.kind()) {
            case NO_DEVICE -> Messages.noSoundDevice;
            case DEVICE_MISSING -> NLS.bind(Messages.deviceMissing, device);
            case SERVER_SILENT -> NLS.bind(Messages.pulseServerSilent, settings.pulseServer());
        };
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    synchronized void setEventAdmin(EventAdmin events) {
        eventAdmin = events;
        if (untold != null) {
            post(events, untold);
            untold = null;
        }
    }

    synchronized void unsetEventAdmin(EventAdmin events) {
        if (eventAdmin == events) {
            eventAdmin = null;
        }
    }

    private synchronized void tell(String sentence) {
        problem = sentence;
        if (eventAdmin == null) {
            untold = sentence;
        } else {
            post(eventAdmin, sentence);
        }
    }

    private static void post(EventAdmin events, String sentence) {
        events.postEvent(new Event(PROBLEM_TOPIC, Map.of(CoreEvents.PROBLEM, sentence, EventProperties.E4_DATA,
                sentence)));
    }
}
