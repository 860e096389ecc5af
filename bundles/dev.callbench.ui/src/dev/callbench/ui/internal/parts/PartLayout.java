package dev.callbench.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The one layout the workbench's simple parts share: a single column of full-width rows, with a margin. */
final class PartLayout {

    private PartLayout() {
    }

    static void column(Composite parent, int margin) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.verticalSpacing = 8;
        parent.setLayout(layout);
    }

    /**
     * A label that wraps its text to the column's width. Whoever changes its text must lay its parent out again
     * (see {@link #setText}): a label keeps the height of its old text otherwise, and a longer sentence is cut off.
     */
    static Label row(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 1; // the column's width decides, never the text's length on one line
        label.setLayoutData(data);
        return label;
    }

    /** Sets a label's text and shows it only when there is some; the caller lays the part out afterwards. */
    static void setText(Label label, String text) {
        String shown = text == null ? "" : text;
        if (!shown.equals(label.getText())) {
            label.setText(shown);
            label.requestLayout();
        }
        show(label, !shown.isEmpty());
    }

    /** Shows or hides a row; a hidden row takes no room. */
    static void show(Control control, boolean visible) {
        Object data = control.getLayoutData();
        if (data instanceof GridData grid && grid.exclude == visible) {
            grid.exclude = !visible;
            control.requestLayout();
        }
        if (control.getVisible() != visible) {
            control.setVisible(visible);
            control.requestLayout();
        }
    }
}
