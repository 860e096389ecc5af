package dev.callbench.ui.internal.parts;

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.ui.internal.Messages;

/**
 * The keypad of a connected call: each key pressed is sent to the far end as a DTMF digit (an IVR's menu, a
 * conference PIN), and the digits sent on this call are shown. Digit keys typed while the keypad has focus press too.
 */
final class KeypadSection {

    static final String KEYS = "123456789*0#";

    private final Composite section;
    private final Label sentLabel;
    private final StringBuilder sent = new StringBuilder();
    private String contactId;
    private boolean open;

    KeypadSection(Composite parent, CallTools tools, Consumer<String> onKey) {
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        PartLayout.column(section, 0);
        Composite pad = new Composite(section, SWT.NONE);
        GridLayout grid = new GridLayout(3, true);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        pad.setLayout(grid);
        for (char key : KEYS.toCharArray()) {
            Button button = new Button(pad, SWT.PUSH);
            button.setText(String.valueOf(key));
            button.setToolTipText(NLS.bind(Messages.Keypad_key, key));
            GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
            size.widthHint = 48;
            button.setLayoutData(size);
            button.addListener(SWT.Selection, e -> onKey.accept(String.valueOf(key)));
            button.addListener(SWT.KeyDown, e -> {
                if (KEYS.indexOf(e.character) >= 0) {
                    onKey.accept(String.valueOf(e.character));
                }
            });
        }
        sentLabel = PartLayout.row(section, "");
        PartLayout.show(sentLabel, false);
        PartLayout.show(section, false);
        tools.toggle(Messages.Keypad_toggle, pressed -> {
            open = pressed;
            PartLayout.show(section, open && contactId != null);
        });
    }

    /** The call the keypad is for; a new call starts with no digits sent. */
    void show(String callContactId) {
        if (callContactId == null || !callContactId.equals(contactId)) {
            sent.setLength(0);
            PartLayout.setText(sentLabel, "");
        }
        contactId = callContactId;
        PartLayout.show(section, open && callContactId != null);
    }

    /** A digit reached the contact center for the call. */
    void sent(String onContactId, String digit) {
        if (onContactId.equals(contactId)) {
            sent.append(digit);
            PartLayout.setText(sentLabel, NLS.bind(Messages.Keypad_sent, sent));
        }
    }
}
