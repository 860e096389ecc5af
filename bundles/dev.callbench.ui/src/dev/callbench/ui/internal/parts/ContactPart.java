package dev.callbench.ui.internal.parts;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactType;
import dev.callbench.api.ConnectionType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Contact tab: the contact in front of the agent (the one the control panel shows) with its id, channel, how it
 * began and its queue, and its attributes as a name and value table, kept up to date with every snapshot; a sentence
 * when there is no contact.
 */
public class ContactPart {

    /** The part's id in the application model. */
    public static final String ID = "dev.callbench.ui.part.contact";

    private static final int MARGIN = 16;

    private volatile ContactCenter contactCenter;
    private Composite root;
    private Label emptyLabel;
    private Composite details;
    private Label idValue;
    private Label channelValue;
    private Label initiationValue;
    private Label queueValue;
    private Label attributesHeading;
    private Label noAttributesLabel;
    private Table attributes;
    private AgentSnapshot shown;
    private Map<String, String> shownAttributes = Map.of();
    private Font bold;

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        PartLayout.column(parent, MARGIN);
        emptyLabel = PartLayout.row(parent, Messages.ContactPart_none);
        bold = bold(emptyLabel);
        parent.addDisposeListener(e -> bold.dispose());
        details = new Composite(parent, SWT.NONE);
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.horizontalSpacing = 16;
        details.setLayout(grid);
        idValue = field(Messages.ContactPart_id);
        channelValue = field(Messages.ContactPart_channel);
        initiationValue = field(Messages.ContactPart_initiation);
        queueValue = field(Messages.ContactPart_queue);
        attributesHeading = PartLayout.row(parent, Messages.ContactPart_attributes);
        attributesHeading.setFont(bold);
        noAttributesLabel = PartLayout.row(parent, Messages.ContactPart_noAttributes);
        attributes = Tables.of(parent, SWT.V_SCROLL, Tables.Column.left(Messages.ContactPart_attributeName, 180),
                Tables.Column.left(Messages.ContactPart_attributeValue, 320));
        attributes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ContactCenter center = contactCenter;
        showContact(center == null ? null : center.snapshot().flatMap(ContactSection::inFront).orElse(null));
    }

    private Label field(String name) {
        Label label = new Label(details, SWT.NONE);
        label.setText(name);
        label.setFont(bold);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Label value = new Label(details, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 1; // the column's width decides, as PartLayout's rows
        value.setLayoutData(data);
        return value;
    }

    private static Font bold(Label label) {
        FontData[] data = label.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
        }
        return new Font(label.getDisplay(), data);
    }

    /** Injected again whenever the signed-in agent's contact center comes or goes. */
    @Inject
    void setContactCenter(@org.eclipse.e4.core.di.annotations.Optional @Service ContactCenter center) {
        this.contactCenter = center;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onAgentEvent(@UIEventTopic("dev/callbench/agent/*") AgentEvent event) {
        if (event.type() != AgentEvent.Type.SOFTPHONE_QUALITY) { // every second of a call; no contact changes with it
            show(event.snapshot());
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onContactEvent(@UIEventTopic("dev/callbench/contact/*") ContactEvent event) {
        show(event.snapshot());
    }

    /** Shows a snapshot's contact, unless a newer snapshot is shown already (agent and contact events are apart). */
    private void show(AgentSnapshot snapshot) {
        if (root == null || root.isDisposed() || shown != null && snapshot.takenAt().isBefore(shown.takenAt())) {
            return;
        }
        shown = snapshot;
        showContact(ContactSection.inFront(snapshot).orElse(null));
    }

    private void showContact(Contact contact) {
        boolean any = contact != null;
        PartLayout.show(emptyLabel, !any);
        PartLayout.show(details, any);
        PartLayout.show(attributesHeading, any);
        Map<String, String> now = any ? new TreeMap<>(contact.attributes()) : Map.of();
        PartLayout.show(noAttributesLabel, any && now.isEmpty());
        PartLayout.show(attributes, any && !now.isEmpty());
        if (any) {
            idValue.setText(contact.id());
            channelValue.setText(channel(contact.type()));
            initiationValue.setText(initiation(contact));
            queueValue.setText(contact.queueIfAny().map(q -> q.name().isEmpty() ? Messages.ContactPart_agentQueue
                    : q.name()).orElse(Messages.ContactPart_noQueue));
        }
        if (!now.equals(shownAttributes)) {
            showAttributes(now);
        }
        root.layout(true, true);
    }

    private void showAttributes(Map<String, String> sorted) {
        shownAttributes = Map.copyOf(sorted);
        attributes.setRedraw(false);
        attributes.removeAll();
        sorted.forEach((name, value) -> new TableItem(attributes, SWT.NONE).setText(new String[] { name, value }));
        attributes.setRedraw(true);
    }

    private static String channel(ContactType type) {
        return switch (type) {
            case VOICE -> Messages.ContactPart_channelVoice;
            case QUEUE_CALLBACK -> Messages.ContactPart_channelQueueCallback;
            case CHAT -> Messages.ContactPart_channelChat;
            case TASK -> Messages.ContactPart_channelTask;
        };
    }

    /**
     * How the contact began, from its shape: Connect leaves the snapshot's {@code initiationMethod} empty for an
     * inbound call, so the legs tell (the customer's first leg inbound or outbound, a transfer continuing another
     * contact, a queued callback by its type).
     */
    static String initiation(Contact contact) {
        if (contact.type() == ContactType.QUEUE_CALLBACK) {
            return Messages.ContactPart_initiationCallback;
        }
        if (!contact.initialContactId().equals(contact.id())) {
            return Messages.ContactPart_initiationTransfer;
        }
        return contact.initialConnection().map(leg -> leg.type() == ConnectionType.OUTBOUND
                ? Messages.ContactPart_initiationOutbound : Messages.ContactPart_initiationInbound)
                .orElse(Messages.ContactPart_initiationUnknown);
    }
}
