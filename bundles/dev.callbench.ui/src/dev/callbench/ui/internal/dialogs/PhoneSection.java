package dev.callbench.ui.internal.dialogs;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.ui.internal.Messages;

/**
 * The Settings' phone, as the CCP's settings offer it: calls to the softphone (accepted by themselves, if the agent
 * wants) or to a desk phone's number, and the agent's language. It is the signed-in agent's configuration in the
 * contact center, so it shows only while an agent is signed in.
 */
final class PhoneSection {

    /** The languages the agent may choose, by Connect's names; the agent reads each in its own language. */
    private static final List<String> LANGUAGES = List.of("en_US", "de_DE", "es_ES", "fr_FR", "it_IT", "ja_JP",
            "ko_KR", "pt_BR", "zh_CN", "zh_TW");

    private final AgentConfiguration current;
    private final Button softphone;
    private final Button autoAccept;
    private final Button deskPhone;
    private final Text number;
    private final Combo language;

    PhoneSection(Composite parent, AgentConfiguration current) {
        this.current = current;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Settings_phone);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        softphone = button(group, SWT.RADIO, Messages.Settings_softphone, 2);
        autoAccept = button(group, SWT.CHECK, Messages.Settings_autoAccept, 2);
        ((GridData) autoAccept.getLayoutData()).horizontalIndent = 20;
        deskPhone = button(group, SWT.RADIO, Messages.Settings_deskPhone, 1);
        number = new Text(group, SWT.BORDER | SWT.SINGLE);
        number.setMessage(Messages.Settings_deskPhoneHint);
        number.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(group, SWT.NONE).setText(Messages.Settings_language);
        language = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        LANGUAGES.forEach(code -> language.add(languageName(code)));
        softphone.setSelection(current.softphoneEnabled());
        deskPhone.setSelection(!current.softphoneEnabled());
        autoAccept.setSelection(current.softphoneAutoAccept());
        number.setText(current.extension());
        language.select(Math.max(0, LANGUAGES.indexOf(current.language())));
        softphone.addListener(SWT.Selection, e -> enableFields());
        deskPhone.addListener(SWT.Selection, e -> enableFields());
        enableFields();
    }

    /** What the agent chose, if it differs from the configuration the contact center has. */
    Optional<AgentConfiguration> changed() {
        boolean soft = softphone.getSelection();
        AgentConfiguration chosen = new AgentConfiguration(soft, soft ? autoAccept.getSelection()
                : current.softphoneAutoAccept(), soft ? "" : number.getText().trim(),
                LANGUAGES.get(Math.max(0, language.getSelectionIndex())));
        return chosen.equals(current) ? Optional.empty() : Optional.of(chosen);
    }

    private static String languageName(String code) {
        return switch (code) {
            case "en_US" -> Messages.Language_enUS;
            case "de_DE" -> Messages.Language_deDE;
            case "es_ES" -> Messages.Language_esES;
            case "fr_FR" -> Messages.Language_frFR;
            case "it_IT" -> Messages.Language_itIT;
            case "ja_JP" -> Messages.Language_jaJP;
            case "ko_KR" -> Messages.Language_koKR;
            case "pt_BR" -> Messages.Language_ptBR;
            case "zh_CN" -> Messages.Language_zhCN;
            case "zh_TW" -> Messages.Language_zhTW;
            default -> code;
        };
    }

    private void enableFields() {
        autoAccept.setEnabled(softphone.getSelection());
        number.setEnabled(!softphone.getSelection());
    }

    private static Button button(Composite group, int style, String text, int columns) {
        Button button = new Button(group, style);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, columns > 1, false, columns, 1));
        return button;
    }
}
