package dev.callbench.api.whiteboard;

import java.util.Objects;

/**
 * A hook's answer before an action: go ahead, or refuse with a reason the agent sees.
 *
 * @param allowed whether the action may go ahead
 * @param reason for a refusal, a sentence the agent understands ("Please fill in the wrap-up form first.");
 *        {@code null} when allowed
 */
public record HookVerdict(boolean allowed, String reason) {

    private static final HookVerdict ALLOW = new HookVerdict(true, null);

    public HookVerdict {
        if (!allowed) {
            Objects.requireNonNull(reason, "a refusal needs a reason for the agent");
        }
    }

    /** Go ahead. */
    public static HookVerdict allow() {
        return ALLOW;
    }

    /** Refuse, with a sentence the agent sees. */
    public static HookVerdict refuse(String reasonForAgent) {
        return new HookVerdict(false, reasonForAgent);
    }
}
