package dev.callbench.ui.internal.notifications;

import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.Contact;
import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.parts.Offers;

/**
 * A notification in the corner of the screen while a contact is offered: who calls, through which queue, with
 * Accept and Show Callbench. It stays until the offer ends (the addon closes it) or the agent answers it.
 */
final class OfferPopup extends AbstractNotificationPopup {

    private final Contact offer;
    private final Runnable onAccept;
    private final Runnable onShow;

    OfferPopup(Display display, Contact offer, Runnable onAccept, Runnable onShow) {
        super(display);
        this.offer = offer;
        this.onAccept = onAccept;
        this.onShow = onShow;
        setDelayClose(0); // no closing by itself: it goes when the offer goes
    }

    @Override
    protected String getPopupShellTitle() {
        return Offers.headline(offer);
    }

    @Override
    protected void createContentArea(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        line(parent, Offers.caller(offer));
        String queue = Offers.queue(offer);
        if (!queue.isEmpty()) {
            line(parent, queue);
        }
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        button(buttons, Messages.Contact_accept, onAccept);
        button(buttons, Messages.Notification_show, onShow);
    }

    private static void line(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private void button(Composite row, String text, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            close();
            action.run();
        });
    }
}
