package dev.callbench.ui.internal.parts;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Connection;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.ui.internal.Messages;

/**
 * The contact in front of the agent: an offer (who calls, through which queue, how long it has rung; Accept,
 * Reject), a call (its timer, whether the customer is on hold or the agent muted; Hold/Resume, Mute/Unmute, End)
 * or its after-call work (its timer; Clear). Its buttons carry out {@link PanelAction}s.
 */
final class ContactSection {

    /** What the panel shows for the contact in front of the agent. */
    enum Mode {
        NONE, OFFER, CALL, AFTER_CALL_WORK, MISSED
    }

    private final Composite section;
    private final Label headline;
    private final Label callerLabel;
    private final Label queueLabel;
    private final Label timerLabel;
    private final Label holdLabel;
    private final Label mutedLabel;
    private final Composite buttonRow;
    private final Map<PanelAction, Button> buttons = new EnumMap<>(PanelAction.class);
    private final Font headlineFont;
    private Contact contact;
    private Mode mode = Mode.NONE;

    ContactSection(Composite parent, Consumer<PanelAction> onPressed) {
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        PartLayout.column(section, 0);
        headline = PartLayout.row(section, Messages.Contact_none);
        headlineFont = bold(headline);
        headline.setFont(headlineFont);
        callerLabel = PartLayout.row(section, "");
        queueLabel = PartLayout.row(section, "");
        timerLabel = PartLayout.row(section, "");
        holdLabel = PartLayout.row(section, "");
        mutedLabel = PartLayout.row(section, "");
        buttonRow = new Composite(section, SWT.NONE);
        buttonRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.marginLeft = 0;
        rows.marginRight = 0;
        rows.spacing = 6;
        buttonRow.setLayout(rows);
        for (PanelAction action : PanelAction.values()) {
            Button button = new Button(buttonRow, SWT.PUSH);
            button.setData(PanelAction.class.getName(), action);
            button.addListener(SWT.Selection, e -> onPressed.accept(action));
            buttons.put(action, button);
        }
        section.addDisposeListener(e -> headlineFont.dispose());
        for (Label label : new Label[] { callerLabel, queueLabel, timerLabel, holdLabel, mutedLabel }) {
            PartLayout.show(label, false);
        }
        showButtons(false, action -> null);
    }

    /** The contact the panel is about: the first one still needing the agent, else the first one to clear. */
    static Optional<Contact> inFront(AgentSnapshot snapshot) {
        return snapshot.contacts().stream().filter(c -> c.state().isActive()).findFirst()
                .or(() -> snapshot.contacts().stream().findFirst());
    }

    static Mode modeOf(Contact contact) {
        if (contact == null) {
            return Mode.NONE;
        }
        if (Offers.isOffer(contact)) {
            return Mode.OFFER;
        }
        return switch (contact.state()) {
            case INCOMING, PENDING -> Mode.OFFER;
            case CONNECTING, CONNECTED, PAUSED -> Mode.CALL; // connecting: the agent's own call, ringing at the customer's
            case ENDED -> Mode.AFTER_CALL_WORK;
            case ERROR -> isMissed(contact) ? Mode.MISSED : Mode.AFTER_CALL_WORK;
            case MISSED, REJECTED -> Mode.MISSED;
            case INIT -> Mode.NONE;
        };
    }

    /**
     * A voice call the agent did not accept in time: Connect reports it as {@code error}, the customer's leg still
     * connected and the agent's disconnected (the check AWS suggested in amazon-connect-streams issue #391).
     */
    private static boolean isMissed(Contact contact) {
        return contact.initialConnection().map(c -> c.state() == ConnectionState.CONNECTED).orElse(false)
                && contact.agentConnection().map(c -> c.state() == ConnectionState.DISCONNECTED).orElse(false);
    }

    /** The agent's own call out: its first leg is the one the agent dialed. */
    private static boolean isOutbound(Contact contact) {
        return contact.type() == ContactType.VOICE && contact.initialConnection()
                .map(c -> c.type() == dev.callbench.api.ConnectionType.OUTBOUND).orElse(false);
    }

    Mode mode() {
        return mode;
    }

    Optional<Contact> contact() {
        return Optional.ofNullable(contact);
    }

    /** The customer's leg: the first leg, else the first leg that is not the agent's. */
    static Optional<Connection> customerLeg(Contact contact) {
        return contact.initialConnection()
                .or(() -> contact.connections().stream().filter(c -> !c.isAgentConnection()).findFirst());
    }

    static boolean isOnHold(Contact contact) {
        return customerLeg(contact).map(c -> c.state() == ConnectionState.HOLD).orElse(false);
    }

    static boolean isMuted(Contact contact) {
        return contact.agentConnection().map(Connection::muted).orElse(false);
    }

    /** Whether the action applies to the contact in front of the agent now. */
    boolean applies(PanelAction action) {
        return switch (action) {
            case ACCEPT -> mode == Mode.OFFER && contact.state() != ContactState.PENDING;
            case REJECT -> mode == Mode.OFFER && contact.state() != ContactState.PENDING;
            case HOLD -> mode == Mode.CALL && contact.state() == ContactState.CONNECTED
                    && customerLeg(contact).isPresent();
            case MUTE -> mode == Mode.CALL && contact.state() == ContactState.CONNECTED;
            case END -> mode == Mode.CALL;
            case CLEAR -> mode == Mode.AFTER_CALL_WORK || mode == Mode.MISSED;
        };
    }

    /**
     * Shows the snapshot's contact in front of the agent; {@code enabled} tells whether its buttons work now (an
     * agent is signed in and no action is under way); {@code shortcuts} gives each action's key sequence, or null.
     */
    void show(AgentSnapshot snapshot, boolean enabled, Function<PanelAction, String> shortcuts) {
        contact = inFront(snapshot).orElse(null);
        mode = modeOf(contact);
        if (contact == null) {
            PartLayout.setText(headline, Messages.Contact_none);
            PartLayout.setText(callerLabel, "");
            PartLayout.setText(queueLabel, "");
        } else {
            PartLayout.setText(headline, switch (mode) {
                case OFFER -> Offers.headline(contact);
                case MISSED -> Messages.Contact_missed;
                case CALL -> isOutbound(contact) ? Messages.Contact_outbound : "";
                default -> "";
            });
            PartLayout.setText(callerLabel, Offers.caller(contact));
            PartLayout.setText(queueLabel, Offers.queue(contact));
        }
        Button hold = buttons.get(PanelAction.HOLD);
        hold.setText(contact != null && isOnHold(contact) ? Messages.Contact_resume : Messages.Contact_hold);
        Button mute = buttons.get(PanelAction.MUTE);
        mute.setText(contact != null && isMuted(contact) ? Messages.Contact_unmute : Messages.Contact_mute);
        buttons.get(PanelAction.ACCEPT).setText(Messages.Contact_accept);
        buttons.get(PanelAction.REJECT).setText(Messages.Contact_reject);
        buttons.get(PanelAction.END).setText(Messages.Contact_end);
        buttons.get(PanelAction.CLEAR).setText(Messages.Contact_clear);
        showButtons(enabled, shortcuts);
        tick(Instant.now());
    }

    private void showButtons(boolean enabled, Function<PanelAction, String> shortcuts) {
        boolean any = false;
        for (Map.Entry<PanelAction, Button> entry : buttons.entrySet()) {
            Button button = entry.getValue();
            boolean applies = contact != null && applies(entry.getKey());
            any |= applies;
            button.setVisible(applies);
            button.setEnabled(enabled);
            String shortcut = shortcuts.apply(entry.getKey());
            button.setToolTipText(shortcut == null ? button.getText()
                    : NLS.bind(Messages.Contact_withShortcut, button.getText(), shortcut));
            Object data = button.getLayoutData();
            RowData row = data instanceof RowData r ? r
                    : new RowData();
            row.exclude = !applies;
            button.setLayoutData(row);
        }
        PartLayout.show(buttonRow, any);
        buttonRow.requestLayout();
    }

    /** The button for an action, for tooltips and tests. */
    Button button(PanelAction action) {
        return buttons.get(action);
    }

    void tick(Instant now) {
        if (contact == null) {
            PartLayout.setText(timerLabel, "");
            PartLayout.setText(holdLabel, "");
            PartLayout.setText(mutedLabel, "");
            return;
        }
        Instant since = contact.stateSince() == null ? now : contact.stateSince();
        String elapsed = Durations.since(since, now);
        PartLayout.setText(timerLabel, switch (mode) {
            case OFFER -> NLS.bind(Messages.Contact_ringing, elapsed);
            case CALL -> NLS.bind(contact.state() == ContactState.CONNECTING ? Messages.Contact_dialing
                    : Messages.Contact_connected, elapsed);
            case AFTER_CALL_WORK -> NLS.bind(Messages.Contact_afterCallWork, elapsed);
            default -> "";
        });
        Optional<Connection> held = mode == Mode.CALL ? customerLeg(contact)
                .filter(c -> c.state() == ConnectionState.HOLD) : Optional.empty();
        PartLayout.setText(holdLabel, held.map(c -> NLS.bind(Messages.Contact_onHold,
                Durations.since(c.stateSince() == null ? now : c.stateSince(), now))).orElse(""));
        PartLayout.setText(mutedLabel, mode == Mode.CALL && isMuted(contact) ? Messages.Contact_muted : "");
    }

    private static Font bold(Label label) {
        FontData[] data = label.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * 1.25));
            each.setStyle(SWT.BOLD);
        }
        return new Font(label.getDisplay(), data);
    }
}
