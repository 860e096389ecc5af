package dev.callbench.examples.crm;

import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Connection;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.Endpoint;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The screen pop, an e4 part the workbench creates: the caller's customer record as soon as a call is offered, and,
 * once the call is taken, the wrap-up codes to choose from. The chosen code is saved as a contact attribute through
 * the contact center, where {@link WrapUpRequired} looks for it.
 */
public class ScreenPopPanel {

    /** The contact center's OSGi service, found through the workbench's context; injected again when it changes. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ContactCenter contactCenter;
    @Inject
    private UISynchronize ui;

    private Label headline;
    private Label number;
    private Label company;
    private Label account;
    private Label tier;
    private Label note;
    private Composite wrapUp;
    private Combo codes;
    private Label wrapUpStatus;
    private Font headlineFont;
    private CustomerDirectory customers;
    private Contact shown;
    /** The code being saved for the contact shown, until a snapshot has it. */
    private WrapUpCode saving;

    @PostConstruct
    void create(Composite parent) {
        customers = CustomerDirectory.load();
        parent.setLayout(column(16));
        headline = row(parent);
        headlineFont = bold(headline);
        headline.setFont(headlineFont);
        number = row(parent);
        company = row(parent);
        account = row(parent);
        tier = row(parent);
        note = row(parent);
        wrapUp = new Composite(parent, SWT.NONE);
        wrapUp.setLayout(column(0));
        wrapUp.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row(wrapUp).setText(Messages.WrapUp_title);
        codes = new Combo(wrapUp, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (WrapUpCode code : WrapUpCode.values()) {
            codes.add(code.label());
        }
        codes.addListener(SWT.Selection, e -> choose(WrapUpCode.values()[codes.getSelectionIndex()]));
        wrapUpStatus = row(wrapUp);
        ContactCenter center = contactCenter;
        show(center == null ? null : center.snapshot().orElse(null)); // a call may be ringing already
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onContactEvent(@UIEventTopic("dev/callbench/contact/*") ContactEvent event) {
        if (headline != null && !headline.isDisposed()) {
            show(event.snapshot());
        }
    }

    private void show(AgentSnapshot snapshot) {
        Contact contact = snapshot == null ? null : inFront(snapshot);
        if (contact == null || shown == null || !shown.id().equals(contact.id())) {
            saving = null;
        }
        shown = contact;
        if (contact == null) {
            headline.setText(Messages.ScreenPop_noContact);
            showRecord(null);
            showWrapUp(null);
        } else {
            String caller = callerNumber(contact).orElse(null);
            Optional<Customer> customer = customers.byNumber(caller);
            headline.setText(customer.map(Customer::name).orElse(caller == null ? Messages.ScreenPop_noNumber
                    : NLS.bind(Messages.ScreenPop_unknownCaller, caller)));
            showRecord(customer.orElse(null));
            showWrapUp(contact);
        }
        headline.getParent().layout(true, true);
    }

    private void showRecord(Customer customer) {
        set(number, customer == null ? "" : NLS.bind(Messages.ScreenPop_number, customer.number()));
        set(company, customer == null ? "" : NLS.bind(Messages.ScreenPop_company, customer.company()));
        set(account, customer == null ? "" : NLS.bind(Messages.ScreenPop_account, customer.account()));
        set(tier, customer == null ? "" : NLS.bind(Messages.ScreenPop_tier, customer.tier()));
        set(note, customer == null || customer.note().isEmpty() ? "" : NLS.bind(Messages.ScreenPop_note, customer.note()));
    }

    /** The wrap-up codes, once the call is taken and until it is cleared. */
    private void showWrapUp(Contact contact) {
        boolean taken = contact != null && (contact.state() == ContactState.CONNECTED
                || contact.state() == ContactState.ENDED);
        visible(wrapUp, taken);
        if (!taken) {
            return;
        }
        Optional<WrapUpCode> saved = contact.attribute(WrapUpCode.ATTRIBUTE).flatMap(WrapUpCode::of);
        if (saved.isPresent() && saved.get() == saving) {
            saving = null;
        }
        Optional<WrapUpCode> selected = saving != null ? Optional.of(saving) : saved;
        if (selected.isPresent()) {
            codes.select(selected.get().ordinal());
        } else {
            codes.deselectAll();
        }
        wrapUpStatus.setText(saving != null ? Messages.WrapUp_saving
                : saved.map(code -> NLS.bind(Messages.WrapUp_saved, code.label())).orElse(Messages.WrapUp_choose));
    }

    private void choose(WrapUpCode code) {
        ContactCenter center = contactCenter;
        if (center == null || shown == null) {
            return;
        }
        String contactId = shown.id();
        saving = code;
        showWrapUp(shown);
        center.updateAttributes(contactId, Map.of(WrapUpCode.ATTRIBUTE, code.name()))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        ui.asyncExec(() -> saveFailed(contactId, ActionFailedException.of(failure).getMessage()));
                    }
                });
    }

    private void saveFailed(String contactId, String sentence) {
        if (!wrapUpStatus.isDisposed() && shown != null && shown.id().equals(contactId)) {
            saving = null;
            codes.deselectAll();
            wrapUpStatus.setText(sentence);
            wrapUp.layout(true, true);
        }
    }

    /** The contact the agent works on: the first one still needing them, else the first one to clear. */
    private static Contact inFront(AgentSnapshot snapshot) {
        return snapshot.contacts().stream().filter(c -> c.state().isActive()).findFirst()
                .or(() -> snapshot.contacts().stream().findFirst()).orElse(null);
    }

    private static Optional<String> callerNumber(Contact contact) {
        return contact.initialConnection().map(Connection::endpoint).map(Endpoint::phoneNumber)
                .filter(phone -> !phone.isBlank());
    }

    private static GridLayout column(int margin) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin;
        layout.verticalSpacing = 8;
        return layout;
    }

    private static Label row(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 1; // wraps to the panel's width
        label.setLayoutData(data);
        return label;
    }

    private static void set(Label label, String text) {
        label.setText(text);
        visible(label, !text.isEmpty());
    }

    private static void visible(Control control, boolean visible) {
        ((GridData) control.getLayoutData()).exclude = !visible;
        control.setVisible(visible);
    }

    private static Font bold(Label label) {
        FontData[] data = label.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(each.getHeight() * 3 / 2);
            each.setStyle(SWT.BOLD);
        }
        return new Font(label.getDisplay(), data);
    }

    @PreDestroy
    void dispose() {
        if (headlineFont != null) {
            headlineFont.dispose();
        }
    }
}
