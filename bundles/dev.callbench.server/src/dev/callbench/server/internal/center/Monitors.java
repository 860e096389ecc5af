package dev.callbench.server.internal.center;

import static dev.callbench.server.internal.center.CallFlow.require;
import static dev.callbench.server.internal.center.CenterException.Kind.ACCESS_DENIED;
import static dev.callbench.server.internal.center.CenterException.Kind.INVALID_PARAMETER;
import static dev.callbench.server.internal.center.CenterException.Kind.NOT_FOUND;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.callbench.server.internal.Messages;

/**
 * Supervisors listening in on agents' calls, as Amazon Connect's enhanced monitoring does: the supervisor gets a
 * contact of their own, connected at once (no offer, no accept), whose leg is {@code silent_monitor} (they hear the
 * call, nobody hears them) or {@code barge} (everyone hears them). Runs under the contact center's lock.
 */
final class Monitors {

    /** A start as its ClientToken names it: the same token again gives the same contact. */
    private record Started(String contactId, String supervisor, Set<String> capabilities, String monitoringContactId) {
    }

    private final CallFlow flow;
    private final Map<String, Started> byClientToken = new HashMap<>();

    Monitors(CallFlow flow) {
        this.flow = flow;
    }

    /**
     * Connect's MonitorContact: the supervisor starts monitoring a connected call with the capabilities asked for
     * (none: silent monitoring only), each of which their security profile must allow. Returns the monitoring contact.
     */
    String start(String contactId, String supervisorLogin, List<String> asked, String clientToken, Work work) {
        Set<String> capabilities = new LinkedHashSet<>(asked.isEmpty() ? List.of(Monitoring.SILENT_MONITOR) : asked);
        if (clientToken != null && byClientToken.containsKey(clientToken)) {
            Started earlier = byClientToken.get(clientToken);
            if (earlier.equals(new Started(contactId, supervisorLogin, capabilities, earlier.monitoringContactId()))) {
                return earlier.monitoringContactId();
            }
            throw new CenterException(CenterException.Kind.IDEMPOTENCY, Messages.format("error.clientTokenReused"));
        }
        Agent supervisor = flow.directory().agent(supervisorLogin).orElseThrow(
                () -> new CenterException(NOT_FOUND, Messages.format("error.unknownUser", supervisorLogin)));
        if (!Monitoring.MODES.containsAll(capabilities)) {
            throw new CenterException(INVALID_PARAMETER, Messages.format("error.badMonitorMode", capabilities));
        }
        if (!supervisor.monitorCapabilities().containsAll(capabilities)) {
            throw new CenterException(ACCESS_DENIED, Messages.format("error.mayNotMonitor", supervisorLogin,
                    capabilities));
        }
        Contact call = flow.live(contactId).orElseThrow(
                () -> new CenterException(NOT_FOUND, Messages.format("error.unknownContact", contactId)));
        requestable(call.state() == ContactState.CONNECTED && call.monitoring() == null, "error.notMonitorable",
                contactId);
        requestable(call.agent() != supervisor && !supervisor.hasActiveContact(), "error.supervisorBusy",
                supervisorLogin);
        Contact watching = flow.newContact(call.initialContactId(), call.type(), "monitor", call.caller(),
                call.request(), work);
        watching.assignTo(supervisor);
        watching.monitor(new Monitoring(call, call.agent().name(), capabilities, work.now()),
                new Connection(flow.newId(), ConnectionType.MONITORING, false, Endpoint.agent(), null,
                        ConnectionState.SILENT_MONITOR, work.now()), work.now());
        supervisor.add(watching);
        work.touched(supervisor);
        if (clientToken != null) {
            byClientToken.put(clientToken, new Started(contactId, supervisorLogin, capabilities, watching.id()));
        }
        return watching.id();
    }

    /** Streams' updateMonitorParticipantState: silent monitoring or barge, as the supervisor's capabilities allow. */
    void update(Agent supervisor, String contactId, String targetMode, Work work) {
        Contact watching = flow.own(supervisor, contactId);
        Monitoring monitoring = watching.monitoring();
        require(monitoring != null, "error.notMonitoring");
        if (!Monitoring.MODES.contains(targetMode)) {
            throw new CenterException(INVALID_PARAMETER, Messages.format("error.badMonitorMode", targetMode));
        }
        if (!monitoring.capabilities().contains(targetMode)) {
            throw new CenterException(ACCESS_DENIED, Messages.format("error.mayNotMonitor", supervisor.login(),
                    targetMode));
        }
        Connection leg = watching.monitorConnection().orElseThrow();
        leg.moveTo(Monitoring.BARGE.equals(targetMode) ? ConnectionState.BARGE : ConnectionState.SILENT_MONITOR,
                work.now());
        work.touched(supervisor);
        work.touched(monitoring.monitored().agent());
    }

    /** The supervisor hangs up: their monitoring contact goes, with no after-call work (they handled nothing). */
    void leave(Agent supervisor, Contact watching, Work work) {
        watching.monitoring().monitored().dropMonitor(watching);
        watching.disconnectAll(work.now());
        supervisor.remove(watching);
        flow.retire(watching);
        work.touched(supervisor);
        work.touched(watching.monitoring().monitored().agent());
    }

    /** The monitored call is over for its agent: every supervisor on it leaves. */
    void callEnded(Contact call, Work work) {
        List.copyOf(call.monitors()).forEach(watching -> leave(watching.agent(), watching, work));
    }

    /** A refusal of Connect's public API for a request that cannot be carried out as it is (its InvalidRequest). */
    private static void requestable(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new CenterException(CenterException.Kind.INVALID_REQUEST, Messages.format(key, args));
        }
    }
}
