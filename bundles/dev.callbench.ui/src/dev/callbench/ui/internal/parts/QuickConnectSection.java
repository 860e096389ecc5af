package dev.callbench.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.Connection;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.Contact;
import dev.callbench.api.Endpoint;
import dev.callbench.ui.internal.Messages;

/**
 * The quick connects of a connected call: the agent picks one and transfers the call to it (and leaves), or consults
 * it while the customer waits on hold; during a consult, Join all makes it a conference.
 */
final class QuickConnectSection {

    /** What the agent does with the picked quick connect. */
    enum Use {
        TRANSFER, CONSULT, JOIN
    }

    private final Composite section;
    private final Label statusLabel;
    private final Combo picker;
    private final Button transfer;
    private final Button consult;
    private final Button join;
    private List<Endpoint> quickConnects = List.of();
    private boolean open;
    private boolean onCall;

    /**
     * @param onOpen told each time the section opens, to load the quick connects again
     * @param onUse told what the agent chose; the endpoint is null for {@link Use#JOIN}
     */
    QuickConnectSection(Composite parent, CallTools tools, Runnable onOpen, BiConsumer<Use, Endpoint> onUse) {
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        PartLayout.column(section, 0);
        statusLabel = PartLayout.row(section, Messages.QuickConnects_loading);
        picker = new Combo(section, SWT.READ_ONLY | SWT.DROP_DOWN);
        picker.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        picker.setToolTipText(Messages.QuickConnects_picker);
        Composite buttons = new Composite(section, SWT.NONE);
        buttons.setLayout(CallTools.buttonRow());
        transfer = button(buttons, Messages.QuickConnects_transfer, () -> onUse.accept(Use.TRANSFER, picked()));
        consult = button(buttons, Messages.QuickConnects_consult, () -> onUse.accept(Use.CONSULT, picked()));
        join = button(buttons, Messages.QuickConnects_join, () -> onUse.accept(Use.JOIN, null));
        picker.addListener(SWT.Selection, e -> enable(true));
        PartLayout.show(section, false);
        tools.toggle(Messages.QuickConnects_toggle, pressed -> {
            open = pressed;
            if (open) {
                onOpen.run();
            }
            PartLayout.show(section, open && onCall);
        });
    }

    private static Button button(Composite row, String text, Runnable onPressed) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> onPressed.run());
        return button;
    }

    /** The quick connects the contact center offers this agent, or the sentence why there are none. */
    void setQuickConnects(List<Endpoint> offered, String problem) {
        quickConnects = List.copyOf(offered);
        picker.setItems(quickConnects.stream().map(QuickConnectSection::describe).toArray(String[]::new));
        if (!quickConnects.isEmpty()) {
            picker.select(0);
        }
        PartLayout.setText(statusLabel, problem != null ? problem
                : quickConnects.isEmpty() ? Messages.QuickConnects_none : "");
        enable(true);
    }

    /** Shows the section for a connected call (null: no call, the section closes). */
    void show(Contact call, boolean enabled) {
        onCall = call != null;
        PartLayout.show(section, open && onCall);
        Optional<Connection> third = call == null ? Optional.empty() : thirdParty(call);
        boolean consulting = third.isPresent();
        CallTools.show(transfer, !consulting);
        CallTools.show(consult, !consulting);
        CallTools.show(join, consulting && third.get().state() == ConnectionState.CONNECTED);
        PartLayout.show(picker, !consulting);
        if (consulting) {
            PartLayout.setText(statusLabel, NLS.bind(Messages.QuickConnects_consulting, third.get().endpoint() == null
                    ? Messages.Contact_unknownCaller : third.get().endpoint().name()));
        }
        enable(enabled);
    }

    private void enable(boolean enabled) {
        boolean any = picker.getSelectionIndex() >= 0;
        transfer.setEnabled(enabled && any);
        consult.setEnabled(enabled && any);
        join.setEnabled(enabled);
    }

    private Endpoint picked() {
        int index = picker.getSelectionIndex();
        return index < 0 || index >= quickConnects.size() ? null : quickConnects.get(index);
    }

    /** A leg of the call that is neither the customer's nor the agent's: whom the agent consults. */
    static Optional<Connection> thirdParty(Contact call) {
        Optional<Connection> customer = ContactSection.customerLeg(call);
        return call.connections().stream().filter(c -> !c.isAgentConnection())
                .filter(c -> customer.map(first -> !first.id().equals(c.id())).orElse(true))
                .filter(c -> c.state() != ConnectionState.DISCONNECTED).findFirst();
    }

    private static String describe(Endpoint endpoint) {
        return switch (endpoint.type()) {
            case PHONE_NUMBER -> endpoint.name().equals(endpoint.phoneNumber()) ? endpoint.phoneNumber()
                    : NLS.bind(Messages.QuickConnects_number, endpoint.name(), endpoint.phoneNumber());
            case QUEUE -> NLS.bind(Messages.QuickConnects_queue, endpoint.name());
            case AGENT -> NLS.bind(Messages.QuickConnects_agent, endpoint.name());
        };
    }
}
