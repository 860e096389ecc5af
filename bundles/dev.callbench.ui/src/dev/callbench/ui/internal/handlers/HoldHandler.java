package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Puts the customer on hold, or takes them off hold. */
public final class HoldHandler extends PanelHandler {

    public HoldHandler() {
        super(PanelAction.HOLD);
    }
}
