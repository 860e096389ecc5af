package dev.callbench.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import dev.callbench.ui.internal.parts.ControlPanelPart;
import dev.callbench.ui.internal.parts.PanelAction;

/**
 * The handler of one of the control panel's commands, bound to keys in the application model: it asks the control
 * panel to carry its action out on the contact in front of the agent, wherever the focus is in the window.
 */
abstract class PanelHandler {

    private final PanelAction action;

    PanelHandler(PanelAction action) {
        this.action = action;
    }

    @CanExecute
    public boolean canExecute(EModelService models, MApplication application) {
        return panel(models, application).map(panel -> panel.can(action)).orElse(false);
    }

    @Execute
    public void execute(EModelService models, MApplication application) {
        panel(models, application).ifPresent(panel -> panel.perform(action));
    }

    static Optional<ControlPanelPart> panel(EModelService models, MApplication application) {
        return models.findElements(application, ControlPanelPart.ID, MPart.class).stream()
                .map(MPart::getObject).filter(ControlPanelPart.class::isInstance).map(ControlPanelPart.class::cast)
                .findFirst();
    }
}
