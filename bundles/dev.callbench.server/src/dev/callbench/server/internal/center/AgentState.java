package dev.callbench.server.internal.center;

/** An agent state as Connect names it: type routable, not_routable, offline, system or error; arn null for system states. */
public record AgentState(String name, String type, String arn) {

    static final AgentState BUSY = system("Busy");
    static final AgentState PENDING_BUSY = system("PendingBusy");
    static final AgentState PENDING_CALLBACK = new AgentState("Pending", "not_routable", null);
    static final AgentState CALLING_CUSTOMER = system("CallingCustomer");
    static final AgentState AFTER_CALL_WORK = system("AfterCallWork");
    static final AgentState MISSED_CALL = new AgentState("MissedCallAgent", "error", null);

    private static AgentState system(String name) {
        return new AgentState(name, "system", null);
    }

    public boolean isRoutable() {
        return "routable".equals(type);
    }
}
