package dev.callbench.ui.internal.dialogs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;

/** The workbench's dialogs look alike: a modal, resizable shell over the window, its parts in one column. */
public final class DialogShells {

    private DialogShells() {
    }

    /** A dialog's shell, titled, laid out as one column with a margin. */
    public static Shell create(Shell parent, String title) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setText(title);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 10;
        shell.setLayout(layout);
        return shell;
    }

    /** Puts the sized dialog in the middle of the window, a little above the centre. */
    public static void centerOn(Shell dialog, Shell parent) {
        Rectangle over = parent.getBounds();
        Point size = dialog.getSize();
        dialog.setLocation(over.x + Math.max(0, (over.width - size.x) / 2),
                over.y + Math.max(0, (over.height - size.y) / 3));
    }
}
