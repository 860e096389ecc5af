package dev.callbench.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The row of toggles under a connected call (Keypad, Quick connects): each opens its section below the row and closes
 * it again, so that the panel stays short while the agent only talks.
 */
final class CallTools {

    private final Composite row;

    CallTools(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(buttonRow());
        PartLayout.show(row, false);
    }

    /** A toggle in the row; {@code onChange} is told whether it is now pressed. */
    Button toggle(String text, java.util.function.Consumer<Boolean> onChange) {
        Button toggle = new Button(row, SWT.TOGGLE);
        toggle.setText(text);
        toggle.setToolTipText(text);
        toggle.addListener(SWT.Selection, e -> onChange.accept(toggle.getSelection()));
        return toggle;
    }

    /** Shows the row on a connected call; a toggle of a call that ended is let go. */
    void show(boolean onCall) {
        PartLayout.show(row, onCall);
        if (!onCall) {
            for (var child : row.getChildren()) {
                if (child instanceof Button toggle && toggle.getSelection()) {
                    toggle.setSelection(false);
                    toggle.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            }
        }
    }

    /** The layout of a row of buttons that wraps when the panel is narrow. */
    static RowLayout buttonRow() {
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.marginLeft = 0;
        rows.marginRight = 0;
        rows.spacing = 6;
        return rows;
    }

    /** Shows or hides a button in a row; a hidden one takes no room. */
    static void show(Button button, boolean visible) {
        RowData data = button.getLayoutData() instanceof RowData row ? row : new RowData();
        data.exclude = !visible;
        button.setLayoutData(data);
        button.setVisible(visible);
        button.requestLayout();
    }
}
