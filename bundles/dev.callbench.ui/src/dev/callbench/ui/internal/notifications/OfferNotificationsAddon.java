package dev.callbench.ui.internal.notifications;

import java.util.Optional;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.parts.Offers;
import jakarta.inject.Inject;

/**
 * Tells the agent of an offered contact when the workbench's window is not in front (another program is, or the
 * window is minimized): a notification in the corner of the screen, with Accept, and the window's title, which the
 * taskbar shows, begins with the offer. Both go when the offer ends. Accept runs the same command as the Accept key.
 */
public class OfferNotificationsAddon {

    private static final String ACCEPT_COMMAND = "dev.callbench.ui.command.accept";

    @Inject
    private MApplication application;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    private OfferPopup popup;
    private String notifiedContactId;
    private String titleBefore;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onContactEvent(@UIEventTopic("dev/callbench/contact/*") ContactEvent event) {
        update(event.snapshot());
    }

    private void update(AgentSnapshot snapshot) {
        Optional<Contact> offer = Offers.offered(snapshot);
        String offeredId = offer.map(Contact::id).orElse(null);
        if (notifiedContactId != null && !notifiedContactId.equals(offeredId)) {
            withdraw();
        }
        Shell window = window();
        if (offer.isEmpty() || offeredId.equals(notifiedContactId) || window == null || isInFront(window)) {
            return;
        }
        notifiedContactId = offeredId;
        popup = new OfferPopup(window.getDisplay(), offer.get(), () -> accept(window), () -> bringToFront(window));
        popup.open();
        titleBefore = window.getText();
        window.setText(NLS.bind(Messages.Notification_windowTitle, Offers.headline(offer.get()), titleBefore));
    }

    private void withdraw() {
        if (popup != null && popup.getShell() != null && !popup.getShell().isDisposed()) {
            popup.close();
        }
        popup = null;
        Shell window = window();
        if (window != null && titleBefore != null) {
            window.setText(titleBefore);
        }
        titleBefore = null;
        notifiedContactId = null;
    }

    private void accept(Shell window) {
        bringToFront(window);
        handlers.executeHandler(commands.createCommand(ACCEPT_COMMAND, null));
    }

    private static void bringToFront(Shell window) {
        if (!window.isDisposed()) {
            window.setMinimized(false);
            window.forceActive();
        }
    }

    /** Whether the agent sees the window now: it, or a dialog of its own, is the active window. */
    private static boolean isInFront(Shell window) {
        Shell active = window.getDisplay().getActiveShell();
        return !window.getMinimized() && active != null && (active == window || active.getParent() == window);
    }

    private Shell window() {
        for (MWindow each : application.getChildren()) {
            if (each.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                return shell;
            }
        }
        return null;
    }
}
