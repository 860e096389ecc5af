package dev.callbench.ui.internal.dialogs;

import java.net.URI;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.settings.ContactCenterChoice;
import dev.callbench.ui.internal.settings.SettingsException;

/**
 * The Settings' contact center: the local one, or another at a URL with a login and a password. The password field
 * starts empty; left empty, the password kept before stays.
 */
final class ContactCenterSection {

    private final Button local;
    private final Button other;
    private final Text endpoint;
    private final Text login;
    private final Text password;

    ContactCenterSection(Composite parent, ContactCenterChoice current, boolean passwordKept) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Settings_contactCenter);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        local = radio(group, Messages.Settings_localContactCenter);
        other = radio(group, Messages.Settings_otherContactCenter);
        endpoint = field(group, Messages.Settings_endpoint, SWT.NONE);
        endpoint.setMessage(Messages.Settings_endpointHint);
        login = field(group, Messages.Settings_login, SWT.NONE);
        password = field(group, Messages.Settings_password, SWT.PASSWORD);
        password.setMessage(passwordKept ? Messages.Settings_passwordKept : "");
        local.setSelection(current.isLocal());
        other.setSelection(!current.isLocal());
        endpoint.setText(current.endpoint().map(URI::toString).orElse(""));
        login.setText(current.login());
        other.addListener(SWT.Selection, e -> enableFields());
        enableFields();
    }

    /** What the agent entered; fails with a sentence when it is incomplete or the URL is no URL. */
    ContactCenterChoice choice() throws SettingsException {
        if (local.getSelection()) {
            return ContactCenterChoice.local();
        }
        URI uri;
        try {
            uri = URI.create(endpoint.getText().trim());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(Messages.Settings_endpointInvalid, e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new SettingsException(Messages.Settings_endpointInvalid);
        }
        if (login.getText().isBlank()) {
            throw new SettingsException(Messages.Settings_loginMissing);
        }
        return ContactCenterChoice.remote(uri, login.getText().trim());
    }

    /** A password typed in, if any. */
    Optional<String> newPassword() {
        return password.getText().isEmpty() || local.getSelection() ? Optional.empty()
                : Optional.of(password.getText());
    }

    private void enableFields() {
        boolean enabled = other.getSelection();
        endpoint.setEnabled(enabled);
        login.setEnabled(enabled);
        password.setEnabled(enabled);
    }

    private static Button radio(Composite group, String text) {
        Button radio = new Button(group, SWT.RADIO);
        radio.setText(text);
        radio.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return radio;
    }

    private static Text field(Composite group, String label, int style) {
        new Label(group, SWT.NONE).setText(label);
        Text text = new Text(group, SWT.BORDER | SWT.SINGLE | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        return text;
    }
}
