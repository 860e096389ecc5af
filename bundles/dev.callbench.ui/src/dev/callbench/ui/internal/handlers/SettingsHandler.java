package dev.callbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.callbench.api.service.ContactCenter;
import dev.callbench.ui.internal.dialogs.SettingsDialog;
import dev.callbench.ui.internal.settings.AudioSettings;
import dev.callbench.ui.internal.settings.ContactCenterSettings;
import jakarta.inject.Named;

/** Opens the agent's Settings. */
public final class SettingsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ContactCenterSettings contactCenter,
            @Service AudioSettings audio, @Optional IThemeEngine themes, @Optional @Service ContactCenter signedIn) {
        new SettingsDialog(shell, contactCenter, audio, themes, signedIn).open();
    }
}
