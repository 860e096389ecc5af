package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Ends the call. */
public final class EndHandler extends PanelHandler {

    public EndHandler() {
        super(PanelAction.END);
    }
}
