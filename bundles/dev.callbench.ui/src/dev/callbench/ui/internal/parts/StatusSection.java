package dev.callbench.ui.internal.parts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.Agent;
import dev.callbench.api.AgentState;
import dev.callbench.ui.internal.Messages;

/**
 * Who is signed in and their state: a chooser of every state the agent may pick (custom ones included), how long
 * the agent has been in the state they are in, ticking, and the state enqueued for after the current contact.
 */
final class StatusSection {

    private final Label agentLabel;
    private final Combo chooser;
    private final Label timeLabel;
    private final Label nextLabel;
    private List<AgentState> choices = List.of();
    private Agent agent;

    StatusSection(Composite parent, Consumer<AgentState> onChosen) {
        agentLabel = PartLayout.row(parent, Messages.AgentStatus_notSignedIn);
        chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chooser.setEnabled(false);
        chooser.setToolTipText(Messages.AgentStatus_stateChooser);
        chooser.addListener(SWT.Selection, e -> {
            int index = chooser.getSelectionIndex();
            if (index >= 0 && index < choices.size() && agent != null
                    && !choices.get(index).name().equals(agent.state().name())) {
                onChosen.accept(choices.get(index));
            }
        });
        timeLabel = PartLayout.row(parent, "");
        nextLabel = PartLayout.row(parent, "");
        PartLayout.show(timeLabel, false);
        PartLayout.show(nextLabel, false);
    }

    void show(Agent shown, boolean canChoose) {
        agent = shown;
        PartLayout.setText(agentLabel, NLS.bind(Messages.AgentStatus_agent, shown.name(), shown.username()));
        choices = shown.selectableStates();
        List<String> items = new ArrayList<>(choices.stream().map(AgentState::name).toList());
        int current = items.indexOf(shown.state().name());
        if (current < 0) { // a state the contact center set (Busy, AfterCallWork ...): shown, not chosen
            items.add(shown.state().name());
            current = items.size() - 1;
        }
        if (!items.equals(List.of(chooser.getItems()))) {
            chooser.setItems(items.toArray(String[]::new));
        }
        chooser.select(current);
        chooser.setEnabled(canChoose);
        PartLayout.setText(nextLabel, shown.enqueuedNextState()
                .map(next -> NLS.bind(Messages.AgentStatus_nextState, next.name())).orElse(""));
        tick(Instant.now());
    }

    /** The state at a place of the chooser (from 1), if the agent may choose it now. */
    Optional<AgentState> choiceAt(int place) {
        if (agent == null || !chooser.isEnabled() || place < 1 || place > choices.size()) {
            return Optional.empty();
        }
        AgentState choice = choices.get(place - 1);
        return choice.name().equals(agent.state().name()) ? Optional.empty() : Optional.of(choice);
    }

    /** The states the agent may choose, in the chooser's order. */
    List<AgentState> choices() {
        return choices;
    }

    void disable() {
        chooser.setEnabled(false);
    }

    void tick(Instant now) {
        if (agent == null || agent.state().since() == null) {
            PartLayout.setText(timeLabel, "");
            return;
        }
        PartLayout.setText(timeLabel, NLS.bind(Messages.AgentStatus_timeInState, agent.state().name(),
                Durations.since(agent.state().since(), now)));
    }
}
