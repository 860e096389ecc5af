package dev.callbench.ui.internal.handlers;

import dev.callbench.ui.internal.parts.PanelAction;

/** Mutes the agent's microphone, or unmutes it. */
public final class MuteHandler extends PanelHandler {

    public MuteHandler() {
        super(PanelAction.MUTE);
    }
}
