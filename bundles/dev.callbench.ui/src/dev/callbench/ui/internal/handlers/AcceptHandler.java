package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Accepts the offered contact. */
public final class AcceptHandler extends PanelHandler {

    public AcceptHandler() {
        super(PanelAction.ACCEPT);
    }
}
