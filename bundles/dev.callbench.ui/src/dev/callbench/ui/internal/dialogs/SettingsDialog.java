package dev.callbench.ui.internal.dialogs;

import java.util.Optional;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.settings.AudioSettings;
import dev.callbench.ui.internal.settings.ContactCenterSettings;
import dev.callbench.ui.internal.settings.SettingsException;

/**
 * The agent's Settings: the contact center they sign in to, their audio devices, and the look (when the workbench
 * runs a theme engine). Save keeps and applies them and closes the dialog;
 * what cannot be saved is said in a sentence, and the dialog stays open.
 */
public final class SettingsDialog {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsDialog.class);

    private final Shell shell;
    private final ContactCenterSettings contactCenter;
    private final ContactCenterSection contactCenterSection;
    private final AudioSettings audio;
    private final AudioSection audioSection;
    private final ThemeSection themeSection; // null without a theme engine
    private final ContactCenter agentsCenter; // null while no agent is signed in
    private final PhoneSection phoneSection; // null while no agent is signed in
    private final Label problem;
    private Button save;

    /** {@code signedIn} is the signed-in agent's contact center, or null; {@code themes} null without themes. */
    public SettingsDialog(Shell parent, ContactCenterSettings contactCenter, AudioSettings audio, IThemeEngine themes,
            ContactCenter signedIn) {
        this.contactCenter = contactCenter;
        this.audio = audio;
        Optional<AgentConfiguration> configuration = signedIn == null ? Optional.empty()
                : signedIn.snapshot().map(now -> now.agent().configuration());
        this.agentsCenter = configuration.isPresent() ? signedIn : null;
        shell = DialogShells.create(parent, Messages.Settings_title);
        contactCenterSection = new ContactCenterSection(shell, contactCenter.choice(), contactCenter.hasPassword());
        audioSection = new AudioSection(shell, audio);
        phoneSection = configuration.map(now -> new PhoneSection(shell, now)).orElse(null);
        themeSection = themes == null ? null : new ThemeSection(shell, themes);
        problem = new Label(shell, SWT.WRAP);
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
        problemData.widthHint = 1;
        problem.setLayoutData(problemData);
        buttons();
        shell.pack();
        shell.setSize(Math.max(shell.getSize().x, 520), shell.getSize().y + problem.computeSize(480, SWT.DEFAULT).y * 2);
        DialogShells.centerOn(shell, parent);
    }

    public void open() {
        shell.open();
    }

    private void buttons() {
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayoutData(new GridData(SWT.END, SWT.TOP, true, false));
        row.setLayout(new GridLayout(2, true));
        Button cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.Settings_cancel);
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel.addListener(SWT.Selection, e -> shell.close());
        save = new Button(row, SWT.PUSH);
        save.setText(Messages.Settings_save);
        save.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save.addListener(SWT.Selection, e -> save());
        shell.setDefaultButton(save);
    }

    /**
     * Saves how the agent takes calls with the contact center first, if it changed: the contact center may refuse it
     * (a desk phone number it cannot call), and then nothing else is saved and the agent reads why.
     */
    private void save() {
        problem.setText("");
        Optional<AgentConfiguration> phone = phoneSection == null ? Optional.empty() : phoneSection.changed();
        if (phone.isEmpty()) {
            saveHere();
            return;
        }
        save.setEnabled(false);
        showProblem(Messages.Settings_phoneSaving);
        agentsCenter.updateConfiguration(phone.get()).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("The contact center did not take the agent's configuration {}", phone.get(), failure);
            }
            shell.getDisplay().asyncExec(() -> {
                if (shell.isDisposed()) {
                    return;
                }
                save.setEnabled(true);
                if (failure != null) {
                    showProblem(ActionFailedException.of(failure).getMessage());
                } else {
                    problem.setText("");
                    saveHere();
                }
            });
        });
    }

    private void showProblem(String sentence) {
        problem.setText(sentence);
        shell.layout(true, true);
    }

    private void saveHere() {
        try {
            audio.save(audioSection.choice());
            contactCenter.save(contactCenterSection.choice(), contactCenterSection.newPassword());
            if (themeSection != null) {
                themeSection.apply();
            }
            shell.close();
        } catch (SettingsException e) {
            if (e.getCause() != null) {
                LOG.error("Settings not saved: {}", e.getMessage(), e.getCause());
            }
            showProblem(e.getMessage());
        }
    }
}
