package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Clears the contact's after-call work. */
public final class ClearHandler extends PanelHandler {

    public ClearHandler() {
        super(PanelAction.CLEAR);
    }
}
