package dev.callbench.ui.internal.parts;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.callbench.ui.internal.Messages;

/** An outbound call, while the agent has no contact: a number to call (Enter calls it too) and Call. */
final class DialSection {

    private final Composite section;
    private final Text number;
    private final Button call;

    DialSection(Composite parent, Consumer<String> onCall) {
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        section.setLayout(layout);
        number = new Text(section, SWT.BORDER | SWT.SINGLE);
        number.setMessage(Messages.Dial_hint);
        number.setToolTipText(Messages.Dial_hint);
        number.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        call = new Button(section, SWT.PUSH);
        call.setText(Messages.Dial_call);
        Runnable dial = () -> {
            String typed = number.getText().strip();
            if (!typed.isEmpty()) {
                onCall.accept(typed);
            }
        };
        call.addListener(SWT.Selection, e -> dial.run());
        number.addListener(SWT.DefaultSelection, e -> dial.run());
        PartLayout.show(section, false);
    }

    /** Shown while the agent has no contact and is signed in. */
    void show(boolean idle, boolean enabled) {
        PartLayout.show(section, idle);
        number.setEnabled(enabled);
        call.setEnabled(enabled);
    }

    /** The call is on its way: the field is ready for the next number. */
    void dialed() {
        number.setText("");
    }
}
