package dev.callbench.ui.internal.parts;

/**
 * What the agent does to the contact in front of them, with the button or with a key binding: each is an e4
 * command of the application model, whose handler asks the control panel to carry it out.
 */
public enum PanelAction {
    ACCEPT("dev.callbench.ui.command.accept"),
    REJECT("dev.callbench.ui.command.reject"),
    /** Puts the customer on hold, or takes them off hold. */
    HOLD("dev.callbench.ui.command.hold"),
    /** Mutes the agent's microphone, or unmutes it. */
    MUTE("dev.callbench.ui.command.mute"),
    END("dev.callbench.ui.command.end"),
    CLEAR("dev.callbench.ui.command.clear");

    private final String commandId;

    PanelAction(String commandId) {
        this.commandId = commandId;
    }

    /** The e4 command of the application model that carries this action out. */
    public String commandId() {
        return commandId;
    }
}
