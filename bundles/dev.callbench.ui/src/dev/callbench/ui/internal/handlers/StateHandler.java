package dev.callbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import dev.callbench.ui.internal.parts.ControlPanelPart;
import jakarta.inject.Named;

/** Changes the agent's status to the one at a place of the status chooser: Ctrl+1 the first, Ctrl+2 the second ... */
public final class StateHandler {

    @CanExecute
    public boolean canExecute(@Named(ControlPanelPart.STATE_POSITION) String position, EModelService models,
            MApplication application) {
        return PanelHandler.panel(models, application).map(panel -> panel.canChooseState(place(position)))
                .orElse(false);
    }

    @Execute
    public void execute(@Named(ControlPanelPart.STATE_POSITION) String position, EModelService models,
            MApplication application) {
        PanelHandler.panel(models, application).ifPresent(panel -> panel.chooseStateAt(place(position)));
    }

    private static int place(String position) {
        try {
            return Integer.parseInt(position);
        } catch (NumberFormatException e) {
            return -1; // a binding of someone else's with a place that is no number: nothing to choose
        }
    }
}
