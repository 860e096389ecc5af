package dev.callbench.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
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

    static Label row(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }
}
