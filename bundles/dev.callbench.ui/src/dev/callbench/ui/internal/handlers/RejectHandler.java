package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Rejects the offered contact. */
public final class RejectHandler extends PanelHandler {

    public RejectHandler() {
        super(PanelAction.REJECT);
    }
}
