package dev.callbench.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.Agent;
import dev.callbench.api.AgentState;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The agent's status: who is signed in, whether the contact center is reachable, and the agent's state, which the
 * agent changes here (Available, Break, Offline ...).
 */
public class AgentStatusPart {

    private static final Logger LOG = LoggerFactory.getLogger(AgentStatusPart.class);

    @Inject
    private UISynchronize ui;

    private volatile ContactCenter contactCenter; // injected on whichever thread the service came or went
    private Label agentLabel;
    private Label connectionLabel;
    private Combo stateChooser;
    private Label problemLabel;
    private boolean coreProblemShown;
    private List<AgentState> choices = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        PartLayout.column(parent, 16);
        agentLabel = PartLayout.row(parent, Messages.AgentStatus_notSignedIn);
        connectionLabel = PartLayout.row(parent, Messages.AgentStatus_connecting);
        stateChooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        stateChooser.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        stateChooser.setEnabled(false);
        stateChooser.addListener(SWT.Selection, e -> chooseState(stateChooser.getSelectionIndex()));
        problemLabel = PartLayout.row(parent, "");
        if (contactCenter != null) {
            contactCenter.snapshot().ifPresent(snapshot -> show(snapshot.agent()));
        }
    }

    /** Injected again whenever the signed-in agent's contact center comes or goes. */
    @Inject
    void setContactCenter(@Optional @Service ContactCenter contactCenter) {
        this.contactCenter = contactCenter;
        if (agentLabel == null) {
            return;
        }
        if (contactCenter == null) { // signed out: no state to choose until an agent is signed in again
            ui.asyncExec(() -> {
                if (!stateChooser.isDisposed()) {
                    stateChooser.setEnabled(false);
                }
            });
        } else { // signed in: a problem from before the sign-in is over
            ui.asyncExec(this::clearCoreProblem);
            contactCenter.snapshot().ifPresent(snapshot -> ui.asyncExec(() -> show(snapshot.agent())));
        }
    }

    /** Before there is a session: the contact center could not be reached or started, or refused the sign-in. */
    @Inject
    @Optional
    void onCoreProblem(@UIEventTopic(CoreEvents.ALL) String problem) {
        if (problemLabel == null || problemLabel.isDisposed()) {
            return;
        }
        connectionLabel.setText(Messages.AgentStatus_notConnected);
        problemLabel.setText(problem);
        coreProblemShown = true;
        problemLabel.getParent().layout(true, true);
    }

    private void clearCoreProblem() {
        if (coreProblemShown && !problemLabel.isDisposed()) {
            problemLabel.setText("");
            coreProblemShown = false;
        }
    }

    @Inject
    @Optional
    void onAgentEvent(@UIEventTopic("dev/callbench/agent/*") AgentEvent event) {
        if (agentLabel == null || agentLabel.isDisposed()) {
            return;
        }
        if (event instanceof AgentEvent.ContactCenterProblem told) {
            problemLabel.setText(told.problem());
            return;
        }
        switch (event.type()) {
            case CONNECTION_LOST -> connectionLabel.setText(Messages.AgentStatus_connectionLost);
            case CONNECTION_GAINED -> connectionLabel.setText(Messages.AgentStatus_connected);
            default -> show(event.snapshot().agent());
        }
    }

    private void show(Agent agent) {
        if (agentLabel.isDisposed()) {
            return;
        }
        agentLabel.setText(NLS.bind(Messages.AgentStatus_agent, agent.name(), agent.username()));
        connectionLabel.setText(Messages.AgentStatus_connected); // a snapshot came: the contact center answers
        choices = agent.selectableStates();
        stateChooser.setItems(choices.stream().map(AgentState::name).toArray(String[]::new));
        stateChooser.select(choices.stream().map(AgentState::name).toList().indexOf(agent.state().name()));
        stateChooser.setText(agent.state().name());
        stateChooser.setEnabled(contactCenter != null);
        agentLabel.getParent().layout(true, true);
    }

    private void chooseState(int index) {
        if (index < 0 || contactCenter == null) {
            return;
        }
        problemLabel.setText("");
        AgentState chosen = choices.get(index);
        contactCenter.setState(chosen).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.warn("Changing the agent's state to {} failed", chosen.name(), failure);
                String sentence = ActionFailedException.of(failure).getMessage();
                ui.asyncExec(() -> {
                    if (!problemLabel.isDisposed()) { // the part may have closed while the call was under way
                        problemLabel.setText(sentence);
                    }
                });
            }
        });
    }

}
