package dev.callbench.api.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.Endpoint;
import dev.callbench.api.IceServer;
import dev.callbench.api.QueueMetrics;
import dev.callbench.api.SessionReport;

/**
 * The contact center, as the signed-in agent sees it: what is true now, and the agent's actions. Registered as an
 * OSGi service by the CTI client. Every action is asynchronous: its stage completes when the contact center has
 * carried it out, or completes exceptionally with an {@link ActionFailedException} whose message the agent can read.
 * The result of an action shows in the events that follow it.
 *
 * <pre>{@code
 * contactCenter.accept(contactId).whenComplete((ok, failure) -> {
 *     if (failure != null) {
 *         showToAgent(ActionFailedException.of(failure).getMessage());
 *     }
 * });
 * }</pre>
 */
@ProviderType
public interface ContactCenter {

    /** The latest snapshot: the agent and their contacts; empty before the first snapshot arrived. */
    Optional<AgentSnapshot> snapshot();

    /** Put the agent in one of their {@link dev.callbench.api.Agent#selectableStates() selectable states}. */
    CompletionStage<Void> setState(AgentState state);

    /** The quick connects the agent may transfer to or dial: agents, queues and phone numbers. */
    CompletionStage<List<Endpoint>> quickConnects();

    /**
     * What is happening now in each queue of the agent's routing profile: contacts waiting, the longest wait, and the
     * agents online, available and on a contact (Amazon Connect's real-time metrics, {@code GetCurrentMetricData}).
     * Fails with an {@link ActionFailedException} whose message the agent can read.
     *
     * @since 2.3
     */
    CompletionStage<List<QueueMetrics>> queueMetrics();

    /**
     * Sends the report of a softphone session to the contact center for its records (Amazon Connect's
     * {@code SendSoftphoneCallReport}). The softphone sends one at the end of each call's media.
     *
     * @since 2.1
     */
    CompletionStage<Void> reportSoftphoneSession(SessionReport report);

    /**
     * Fresh ICE servers for the agent's softphone, with TURN credentials of their own (Amazon Connect's
     * {@code CreateTransport} for {@code softphone}): what an ICE restart during a call relays through.
     *
     * @since 2.3
     */
    CompletionStage<List<IceServer>> softphoneIceServers();

    /** Carry out an action on a contact, after every contact action hook agreed. */
    CompletionStage<Void> perform(ContactAction action);

    /**
     * Changes how the agent takes calls, as the CCP's settings do (Amazon Connect's {@code UpdateAgentConfiguration}):
     * the softphone or a desk phone number, auto-accept, the language. The snapshots after it carry the new
     * configuration. A desk phone number the contact center cannot call is refused with a sentence for the agent.
     *
     * @since 2.3
     */
    CompletionStage<Void> updateConfiguration(AgentConfiguration configuration);

    /** Place a call to a number or a quick connect. */
    default CompletionStage<Void> dial(Endpoint endpoint) {
        return perform(new ContactAction.Dial(endpoint));
    }

    /** Accept an offered contact. */
    default CompletionStage<Void> accept(String contactId) {
        return perform(new ContactAction.Accept(contactId));
    }

    /** Reject an offered contact. */
    default CompletionStage<Void> reject(String contactId) {
        return perform(new ContactAction.Reject(contactId));
    }

    /** Put a leg of a contact on hold. */
    default CompletionStage<Void> hold(String contactId, String connectionId) {
        return perform(new ContactAction.Hold(contactId, connectionId));
    }

    /** Take a leg of a contact off hold. */
    default CompletionStage<Void> resume(String contactId, String connectionId) {
        return perform(new ContactAction.Resume(contactId, connectionId));
    }

    /** Mute ({@code true}) or unmute the agent on a contact. */
    default CompletionStage<Void> mute(String contactId, boolean muted) {
        return perform(new ContactAction.Mute(contactId, muted));
    }

    /** Send DTMF digits on a leg of a contact. */
    default CompletionStage<Void> sendDigits(String contactId, String connectionId, String digits) {
        return perform(new ContactAction.SendDigits(contactId, connectionId, digits));
    }

    /** Hand the contact to a quick connect and leave it. */
    default CompletionStage<Void> transfer(String contactId, Endpoint quickConnect) {
        return perform(new ContactAction.Transfer(contactId, quickConnect));
    }

    /** Call a quick connect while the customer waits on hold. */
    default CompletionStage<Void> consult(String contactId, Endpoint quickConnect) {
        return perform(new ContactAction.Consult(contactId, quickConnect));
    }

    /** Join all legs of a contact into one conversation. */
    default CompletionStage<Void> conference(String contactId) {
        return perform(new ContactAction.Conference(contactId));
    }

    /** Hang up. */
    default CompletionStage<Void> end(String contactId) {
        return perform(new ContactAction.End(contactId));
    }

    /** Finish the after-call work of an ended contact. */
    default CompletionStage<Void> clearAfterCallWork(String contactId) {
        return perform(new ContactAction.ClearAfterCallWork(contactId));
    }

    /**
     * Barge in on the call a supervisor monitors: caller and agent hear them from now on (Streams' {@code bargeIn}).
     *
     * @since 2.3
     */
    default CompletionStage<Void> bargeIn(String contactId) {
        return perform(new ContactAction.UpdateMonitorState(contactId, ConnectionState.BARGE));
    }

    /**
     * Go back to listening silently on the call a supervisor monitors (Streams' {@code silentMonitor}).
     *
     * @since 2.3
     */
    default CompletionStage<Void> silentMonitor(String contactId) {
        return perform(new ContactAction.UpdateMonitorState(contactId, ConnectionState.SILENT_MONITOR));
    }

    /** Set contact attributes. */
    default CompletionStage<Void> updateAttributes(String contactId, Map<String, String> attributes) {
        return perform(new ContactAction.UpdateAttributes(contactId, attributes));
    }
}
