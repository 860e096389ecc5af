package dev.callbench.ui.internal.dialogs;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AudioDevice;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.settings.AudioChoice;
import dev.callbench.ui.internal.settings.AudioSettings;

/**
 * The Settings' audio devices: microphone, speaker (with a test tone) and ringer (with a test ring). The devices are
 * listed off the UI thread; what cannot be listed or tested is said in a sentence under them.
 */
final class AudioSection {

    private static final Logger LOG = LoggerFactory.getLogger(AudioSection.class);

    private final AudioSettings audio;
    private final DeviceChooser microphone;
    private final DeviceChooser speaker;
    private final DeviceChooser ringer;
    private final Label status;

    AudioSection(Composite parent, AudioSettings audio) {
        this.audio = audio;
        AudioChoice current = audio.choice();
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Settings_audio);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        microphone = new DeviceChooser(group, Messages.Settings_microphone, current.microphone());
        new Label(group, SWT.NONE);
        speaker = new DeviceChooser(group, Messages.Settings_speaker, current.speaker());
        testButton(group, () -> audio.testSpeaker(speaker.chosen()));
        ringer = new DeviceChooser(group, Messages.Settings_ringer, current.ringer());
        testButton(group, () -> audio.testRinger(ringer.chosen()));
        status = new Label(group, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        statusData.widthHint = 1;
        status.setLayoutData(statusData);
        list(microphone, AudioSettings::microphones);
        list(speaker, AudioSettings::speakers);
        list(ringer, AudioSettings::ringers);
    }

    AudioChoice choice() {
        return new AudioChoice(microphone.chosen(), speaker.chosen(), ringer.chosen());
    }

    private void list(DeviceChooser chooser, Function<AudioSettings, CompletionStage<List<AudioDevice>>> devices) {
        devices.apply(audio).whenComplete((listed, failure) -> onUi(() -> {
            if (chooser.isDisposed()) {
                return;
            }
            if (failure == null) {
                chooser.show(listed);
            } else {
                tell(failure);
            }
        }));
    }

    private void testButton(Composite group, Supplier<CompletionStage<Void>> test) {
        Button button = new Button(group, SWT.PUSH);
        button.setText(Messages.Settings_test);
        button.addListener(SWT.Selection, e -> {
            button.setEnabled(false);
            setStatus(Messages.Settings_testing);
            test.get().whenComplete((done, failure) -> onUi(() -> {
                if (button.isDisposed()) {
                    return;
                }
                button.setEnabled(true);
                if (failure == null) {
                    setStatus(Messages.Settings_tested);
                } else {
                    tell(failure);
                }
            }));
        });
    }

    private void tell(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ActionFailedException sentence) {
            setStatus(sentence.getMessage());
        } else {
            LOG.error("An audio device could not be listed or tested", cause);
            setStatus(Messages.Settings_audioFailed);
        }
    }

    private void setStatus(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getShell().layout(true, true);
        }
    }

    private void onUi(Runnable runnable) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
