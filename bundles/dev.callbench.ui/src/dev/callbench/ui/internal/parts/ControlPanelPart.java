package dev.callbench.ui.internal.parts;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.Endpoint;
import dev.callbench.api.SoftphoneError;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.api.service.Softphone;
import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The agent's control panel: who is signed in and whether the contact center answers; the agent's state, its time
 * and the next state; the contact in front of the agent (an offer, a call, its after-call work) with the actions that
 * apply; the softphone's and the actions' failures in words; the keyboard shortcuts. Everything it shows comes from
 * the snapshot of the latest agent or contact event (the event bus, through e4's broker); timers tick once a second.
 */
public class ControlPanelPart {

    /** The part's id in the application model. */
    public static final String ID = "dev.callbench.ui.part.controlPanel";
    /** The command that changes the agent's status, and its parameter: the place in the status chooser, from 1. */
    public static final String STATE_COMMAND = "dev.callbench.ui.command.state";
    public static final String STATE_POSITION = "dev.callbench.ui.command.state.position";

    private static final Logger LOG = LoggerFactory.getLogger(ControlPanelPart.class);
    private static final int TICK_MILLIS = 1000;
    private static final int MARGIN = 16;

    @Inject
    private UISynchronize ui;
    @Inject
    private MApplication application;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private IStylingEngine styling;

    private volatile ContactCenter contactCenter; // injected on whichever thread the service came or went
    private volatile Softphone softphone;
    private ScrolledComposite scroller;
    private Composite content;
    private Label connectionLabel;
    private StatusSection status;
    private ContactSection contact;
    private WrapUpSection wrapUp;
    private DialSection dial;
    private CallTools callTools;
    private KeypadSection keypad;
    private QuickConnectSection quickConnects;
    private Label softphoneLabel;
    private Label problemLabel;
    private Label legendLabel;
    private AgentSnapshot shown;
    /** The last snapshot's time when the connection was lost: a newer one means the contact center answers again. */
    private Instant lastBeforeLoss;
    private SoftphoneError softphoneError;
    private boolean coreProblemShown;
    private boolean actionUnderWay;
    private boolean interactive;
    private boolean relayoutPending;
    private final Map<PanelAction, String> shortcuts = new EnumMap<>(PanelAction.class);
    private final Map<Integer, String> stateShortcuts = new TreeMap<>();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        scroller.setContent(content);
        PartLayout.column(content, MARGIN);
        connectionLabel = PartLayout.row(content, Messages.AgentStatus_connecting);
        status = new StatusSection(content, this::chooseState);
        separator();
        contact = new ContactSection(content, this::perform);
        wrapUp = new WrapUpSection(content, this::saveWrapUp);
        dial = new DialSection(content, this::dial);
        callTools = new CallTools(content);
        keypad = new KeypadSection(content, callTools, this::sendDigit);
        quickConnects = new QuickConnectSection(content, callTools, this::loadQuickConnects, this::useQuickConnect);
        softphoneLabel = PartLayout.row(content, "");
        problemLabel = PartLayout.row(content, "");
        separator();
        legendLabel = PartLayout.row(content, "");
        PartLayout.show(softphoneLabel, false);
        PartLayout.show(problemLabel, false);
        scroller.addListener(SWT.Resize, e -> relayout());
        ContactCenter center = contactCenter;
        if (center != null) {
            center.snapshot().ifPresent(this::show);
        }
        showShortcuts();
        relayout();
        content.getDisplay().timerExec(TICK_MILLIS, this::tick);
    }

    private void separator() {
        Label line = new Label(content, SWT.SEPARATOR | SWT.HORIZONTAL);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Injected again whenever the signed-in agent's contact center comes or goes. */
    @Inject
    void setContactCenter(@org.eclipse.e4.core.di.annotations.Optional @Service ContactCenter center) {
        this.contactCenter = center;
        if (content == null) {
            return;
        }
        ui.asyncExec(() -> {
            if (content.isDisposed()) {
                return;
            }
            if (center == null) { // signed out: nothing to act on until an agent is signed in again
                status.disable();
                redraw();
            } else { // signed in: a problem from before the sign-in is over
                if (coreProblemShown) {
                    PartLayout.setText(problemLabel, "");
                    coreProblemShown = false;
                }
                center.snapshot().ifPresent(this::show);
            }
            relayout();
        });
    }

    /** The softphone, when it is installed: it mutes the microphone at once and tells the contact center. */
    @Inject
    void setSoftphone(@org.eclipse.e4.core.di.annotations.Optional @Service Softphone phone) {
        this.softphone = phone;
    }

    /** Before there is a session: the contact center could not be reached or started, or refused the sign-in. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onCoreProblem(@UIEventTopic(CoreEvents.ALL) String problem) {
        if (content == null || content.isDisposed()) {
            return;
        }
        setConnection(Messages.AgentStatus_notConnected, SWT.COLOR_DARK_RED);
        PartLayout.setText(problemLabel, problem);
        coreProblemShown = true;
        relayout();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onAgentEvent(@UIEventTopic("dev/callbench/agent/*") AgentEvent event) {
        if (content == null || content.isDisposed()) {
            return;
        }
        switch (event) {
            case AgentEvent.ContactCenterProblem told -> PartLayout.setText(problemLabel, told.problem());
            case AgentEvent.SoftphoneFailure failure -> {
                softphoneError = failure.error();
                PartLayout.setText(softphoneLabel, failure.error().message());
            }
            default -> {
                switch (event.type()) {
                    case CONNECTION_LOST -> {
                        lastBeforeLoss = event.snapshot().takenAt();
                        setConnection(Messages.AgentStatus_connectionLost, SWT.COLOR_DARK_RED);
                    }
                    case CONNECTION_GAINED -> setConnection(Messages.AgentStatus_connected, SWT.COLOR_DARK_GREEN);
                    case SOFTPHONE_QUALITY -> {
                        return; // every second during a call, and nothing the panel shows changes with it
                    }
                    default -> show(event.snapshot());
                }
            }
        }
        relayoutSoon();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onContactEvent(@UIEventTopic("dev/callbench/contact/*") ContactEvent event) {
        if (content == null || content.isDisposed()) {
            return;
        }
        show(event.snapshot());
        relayoutSoon();
    }

    private void setConnection(String sentence, int color) {
        PartLayout.setText(connectionLabel, sentence);
        connectionLabel.setForeground(content.getDisplay().getSystemColor(color));
        if (styling != null) { // the theme's color for it, which a change of theme (Settings) gives it again
            styling.setClassname(connectionLabel, color == SWT.COLOR_DARK_GREEN ? "connected" : "notConnected");
        }
    }

    /** Shows a snapshot, unless a newer one is shown already: agent and contact events come on different lanes. */
    private void show(AgentSnapshot snapshot) {
        if (shown != null && snapshot.takenAt().isBefore(shown.takenAt())) {
            return;
        }
        boolean first = shown == null;
        shown = snapshot;
        boolean answersAgain = lastBeforeLoss != null && snapshot.takenAt().isAfter(lastBeforeLoss);
        if (first || answersAgain || connectionLabel.getText().equals(Messages.AgentStatus_connecting)
                || connectionLabel.getText().equals(Messages.AgentStatus_notConnected)) {
            lastBeforeLoss = null;
            setConnection(Messages.AgentStatus_connected, SWT.COLOR_DARK_GREEN); // a snapshot came: it answers
        }
        if (softphoneError != null && softphoneError.contactId() != null
                && snapshot.contact(softphoneError.contactId()).isEmpty()) {
            softphoneError = null; // that call is over
            PartLayout.setText(softphoneLabel, "");
        }
        redraw();
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        boolean enabled = contactCenter != null && !actionUnderWay;
        List<AgentState> before = status.choices();
        status.show(shown.agent(), contactCenter != null);
        if (!interactive && contactCenter != null) {
            interactive = true; // the start-up benchmark (tests/bench/run startup) waits for this line
            LOG.info("Interactive: {} can change their state, {} ms after the JVM started", shown.agent().username(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        if (shortcuts.isEmpty() || !before.equals(status.choices())) {
            showShortcuts(); // the legend names the agent's own states
        }
        contact.show(shown, enabled, shortcuts::get);
        wrapUp.show(contact.contact().orElse(null), contact.mode() == ContactSection.Mode.AFTER_CALL_WORK);
        wrapUp.enable(contactCenter != null);
        Optional<Contact> call = connectedCall();
        callTools.show(call.isPresent());
        keypad.show(call.map(Contact::id).orElse(null));
        quickConnects.show(call.orElse(null), enabled);
        dial.show(contactCenter != null && contact.mode() == ContactSection.Mode.NONE, enabled);
    }

    /** The call in front of the agent when it is connected: the keypad and the quick connects work on it. */
    private Optional<Contact> connectedCall() {
        return contact.contact().filter(c -> contact.mode() == ContactSection.Mode.CALL
                && c.state() == ContactState.CONNECTED);
    }

    private void tick() {
        if (content.isDisposed()) {
            return;
        }
        Instant now = Instant.now();
        status.tick(now);
        contact.tick(now);
        relayout();
        content.getDisplay().timerExec(TICK_MILLIS, this::tick);
    }

    /**
     * Lays the panel out once the events queued on the UI thread so far are handled: a burst of events costs one
     * layout of the panel, not one each.
     */
    private void relayoutSoon() {
        if (!relayoutPending) {
            relayoutPending = true;
            content.getDisplay().asyncExec(() -> {
                relayoutPending = false;
                relayout();
            });
        }
    }

    /** Lays the panel out for its width: labels wrap, and the panel scrolls when they need more room than it has. */
    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        if (width <= 0) {
            return;
        }
        Point size = content.computeSize(width, SWT.DEFAULT, true);
        scroller.setMinSize(width, size.y);
        content.layout(true, true);
    }

    // ---- the agent's actions

    /** Whether the action applies to the contact in front of the agent now; the key bindings' handlers ask. */
    public boolean can(PanelAction action) {
        return contactCenter != null && !actionUnderWay && contact != null && contact.applies(action);
    }

    /** Carries the action out on the contact in front of the agent, if it applies; from a button or a key. */
    public void perform(PanelAction action) {
        ContactCenter center = contactCenter;
        if (center == null || !can(action)) {
            return;
        }
        Contact current = contact.contact().orElseThrow();
        String id = current.id();
        switch (action) {
            case ACCEPT -> run(action, id, () -> center.accept(id));
            case REJECT -> run(action, id, () -> center.reject(id));
            case HOLD -> {
                String leg = ContactSection.customerLeg(current).orElseThrow().id();
                boolean onHold = ContactSection.isOnHold(current);
                run(action, id, () -> onHold ? center.resume(id, leg) : center.hold(id, leg));
            }
            case MUTE -> {
                boolean mute = !ContactSection.isMuted(current);
                Softphone phone = softphone;
                run(action, id, () -> phone != null && current.isSoftphoneCall() ? phone.setMuted(id, mute)
                        : center.mute(id, mute));
            }
            case END -> run(action, id, () -> center.end(id));
            case CLEAR -> run(action, id, () -> center.clearAfterCallWork(id));
        }
    }

    /** A key of the keypad: sent at once, without holding the other buttons back, so that keys can follow fast. */
    private void sendDigit(String digit) {
        ContactCenter center = contactCenter;
        Optional<Contact> call = connectedCall();
        Optional<String> leg = call.flatMap(ContactSection::customerLeg).map(dev.callbench.api.Connection::id);
        if (center == null || leg.isEmpty()) {
            return;
        }
        String id = call.get().id();
        PartLayout.setText(problemLabel, "");
        center.sendDigits(id, leg.get(), digit).whenComplete((ok, failure) -> ui.asyncExec(() -> {
            if (content.isDisposed()) {
                return;
            }
            if (failure != null) {
                LOG.warn("Sending the digit {} on contact {} failed", digit, id, failure);
                PartLayout.setText(problemLabel, ActionFailedException.of(failure).getMessage());
            } else {
                keypad.sent(id, digit);
            }
            relayout();
        }));
    }

    /** Keeps the chosen code with the contact; the contact's next event shows it saved. */
    private void saveWrapUp(String contactId, WrapUpCode code) {
        ContactCenter center = contactCenter;
        if (center == null) {
            return;
        }
        center.updateAttributes(contactId, Map.of(WrapUpCode.ATTRIBUTE, code.name()))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        LOG.warn("Saving the wrap-up code {} of contact {} failed", code, contactId, failure);
                        String sentence = ActionFailedException.of(failure).getMessage();
                        ui.asyncExec(() -> {
                            if (!content.isDisposed()) {
                                wrapUp.failed(contactId, sentence);
                                redraw();
                                relayout();
                            }
                        });
                    }
                });
        relayout();
    }

    private void loadQuickConnects() {
        ContactCenter center = contactCenter;
        if (center == null) {
            return;
        }
        center.quickConnects().whenComplete((offered, failure) -> ui.asyncExec(() -> {
            if (content.isDisposed()) {
                return;
            }
            if (failure != null) {
                LOG.warn("Loading the quick connects failed", failure);
            }
            quickConnects.setQuickConnects(failure == null ? offered : List.of(),
                    failure == null ? null : ActionFailedException.of(failure).getMessage());
            relayout();
        }));
    }

    private void useQuickConnect(QuickConnectSection.Use use, Endpoint endpoint) {
        ContactCenter center = contactCenter;
        Optional<Contact> call = connectedCall();
        if (center == null || call.isEmpty() || actionUnderWay || use != QuickConnectSection.Use.JOIN && endpoint == null) {
            return;
        }
        String id = call.get().id();
        run(use, id, () -> switch (use) {
            case TRANSFER -> center.transfer(id, endpoint).thenCompose(added -> center.end(id)); // a blind transfer
            case CONSULT -> center.consult(id, endpoint);
            case JOIN -> center.conference(id);
        });
    }

    private void dial(String number) {
        ContactCenter center = contactCenter;
        if (center == null || actionUnderWay) {
            return;
        }
        run("dial", null, () -> center.dial(Endpoint.phoneNumber(number)), dial::dialed);
    }

    /** Whether the agent may change to the state at this place of the chooser now; the key bindings ask. */
    public boolean canChooseState(int place) {
        return contactCenter != null && status != null && status.choiceAt(place).isPresent();
    }

    /** Changes the agent's state to the one at this place of the chooser, if it applies; from a key. */
    public void chooseStateAt(int place) {
        if (contactCenter != null && status != null) {
            status.choiceAt(place).ifPresent(this::chooseState);
        }
    }

    private void chooseState(AgentState chosen) {
        ContactCenter center = contactCenter;
        if (center == null) {
            return;
        }
        PartLayout.setText(problemLabel, "");
        center.setState(chosen).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("Changing the agent's state to {} failed", chosen.name(), failure);
                showFailure(failure);
            }
        });
        relayout();
    }

    private void run(Object action, String contactId, Supplier<CompletionStage<Void>> call) {
        run(action, contactId, call, () -> {
        });
    }

    /** Runs an action with the panel's buttons off until it is done; {@code onDone} runs on the UI thread after it. */
    private void run(Object action, String contactId, Supplier<CompletionStage<Void>> call, Runnable onDone) {
        PartLayout.setText(problemLabel, "");
        actionUnderWay = true;
        redraw();
        CompletionStage<Void> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) { // a provider that throws instead of failing its stage
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("{} on contact {} failed", action, contactId, failure);
            }
            ui.asyncExec(() -> {
                if (content.isDisposed()) { // the part closed while the call was under way
                    return;
                }
                actionUnderWay = false;
                redraw();
                if (failure != null) {
                    PartLayout.setText(problemLabel, ActionFailedException.of(failure).getMessage());
                } else {
                    onDone.run();
                }
                relayout();
            });
        });
        relayout();
    }

    private void showFailure(Throwable failure) {
        String sentence = ActionFailedException.of(failure).getMessage();
        ui.asyncExec(() -> {
            if (!content.isDisposed()) {
                redraw(); // the chooser shows the state the agent is in again, not the one refused
                PartLayout.setText(problemLabel, sentence);
                relayout();
            }
        });
    }

    // ---- keyboard shortcuts, as the application model binds them

    private void showShortcuts() {
        shortcuts.putAll(KeyBindings.of(application));
        stateShortcuts.putAll(KeyBindings.ofStates(application));
        List<String> entries = new ArrayList<>();
        for (PanelAction action : PanelAction.values()) {
            String keys = shortcuts.get(action);
            if (keys != null) {
                entries.add(NLS.bind(Messages.Shortcuts_entry, keys, label(action)));
            }
        }
        List<AgentState> states = status.choices();
        stateShortcuts.forEach((place, keys) -> {
            if (place <= states.size()) {
                entries.add(NLS.bind(Messages.Shortcuts_entry, keys, states.get(place - 1).name()));
            }
        });
        PartLayout.setText(legendLabel, entries.isEmpty() ? ""
                : NLS.bind(Messages.Shortcuts_legend, String.join(Messages.Shortcuts_separator, entries)));
    }

    private static String label(PanelAction action) {
        return switch (action) {
            case ACCEPT -> Messages.Contact_accept;
            case REJECT -> Messages.Contact_reject;
            case HOLD -> Messages.Contact_hold;
            case MUTE -> Messages.Contact_mute;
            case END -> Messages.Contact_end;
            case CLEAR -> Messages.Contact_clear;
        };
    }

    @PreDestroy
    void dispose() {
        shown = null;
    }
}
