package dev.callbench.server.internal.center;

import static dev.callbench.server.internal.center.CallFlow.require;
import static dev.callbench.server.internal.center.CenterException.Kind.BAD_ENDPOINT;
import static dev.callbench.server.internal.center.CenterException.Kind.NOT_FOUND;

import java.util.regex.Pattern;

import dev.callbench.server.internal.Messages;

/** What an agent does with their state and their offered, ended or missed contacts; and outbound calls. */
final class AgentActions {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{3,14}");

    private final CallFlow flow;

    AgentActions(CallFlow flow) {
        this.flow = flow;
    }

    void putState(Agent agent, String arn, String name, boolean enqueue, Work work) {
        AgentState state = flow.directory().state(arn, name)
                .orElseThrow(() -> new CenterException(NOT_FOUND, Messages.format("error.unknownState", name)));
        if (enqueue && agent.isWorking()) {
            // the agent's own state again takes back what was enqueued
            agent.enqueueNext(state.equals(agent.availability()) ? null : state);
        } else {
            // Connect's answer to a plain PutAgentState during a live contact (Streams issues #316, #465)
            require(!agent.hasActiveContact(), "error.stateDuringContact");
            agent.contacts().stream().filter(c -> c.state().isMissed()).toList().forEach(agent::remove);
            agent.enqueueNext(null);
            boolean wasRoutable = agent.availability().isRoutable();
            agent.pick(state, work.now());
            if (!wasRoutable && state.isRoutable()) {
                flow.holdOffersForOneSnapshot(agent);
            }
        }
        work.touched(agent);
    }

    void accept(Agent agent, String contactId, Work work) {
        Contact contact = flow.own(agent, contactId);
        require(contact.state().isOffered(), "error.notOffered", contactId);
        if (contact.type() == ContactType.QUEUE_CALLBACK) {
            // the agent's phone and then the customer's are called: both legs connecting, with new ids
            contact.renumber(flow::newId, ConnectionState.CONNECTING, work.now());
            contact.moveTo(ContactState.DIALING, work.now());
            flow.answerLater(contact, contact.customer().orElseThrow());
        } else {
            contact.agentConnection().orElseThrow().moveTo(ConnectionState.CONNECTED, work.now());
            flow.connect(contact, work);
        }
        work.touched(agent);
    }

    /**
     * The agent turns the offer down: a rejected copy stays in their snapshot (MissedCallAgent) until cleared, so the
     * call, back in its queue, goes to another agent first; the agent is idle again from now.
     */
    void reject(Agent agent, String contactId, Work work) {
        Contact contact = flow.own(agent, contactId);
        require(contact.state().isOffered(), "error.notOffered", contactId);
        agent.replace(contact, contact.frozenCopy(ContactState.REJECTED, work.now(), true));
        agent.resetIdle(work.now());
        flow.router().enqueue(contact, contact.queue(), work);
        work.touched(agent);
    }

    void clear(Agent agent, String contactId, Work work) {
        Contact contact = flow.own(agent, contactId);
        require(contact.state().isFinished(), "error.notEnded", contactId);
        flow.clear(agent, contact, work);
    }

    String callOut(Agent agent, Endpoint endpoint, String queueArn, Work work) {
        require(!agent.hasActiveContact(), "error.busy");
        if (!"phone_number".equals(endpoint.type()) || endpoint.phoneNumber() == null
                || !E164.matcher(endpoint.phoneNumber()).matches()) {
            throw new CenterException(BAD_ENDPOINT, Messages.format("error.badEndpoint", endpoint.phoneNumber()));
        }
        Queue queue = queueArn == null ? agent.profile().defaultOutboundQueue()
                : flow.directory().queue(queueArn).orElseThrow(
                        () -> new CenterException(NOT_FOUND, Messages.format("error.unknownQueue", queueArn)));
        Contact contact = flow.newContact(ContactType.VOICE, "outbound", null, null, work);
        contact.enqueue(queue, work.now());
        contact.assignTo(agent);
        // the agent's leg is connecting while the customer is dialled, as Connect shows an outbound call
        flow.addConnection(contact, ConnectionType.AGENT, false, Endpoint.agent(), null, ConnectionState.CONNECTING,
                work);
        Connection customer = flow.addConnection(contact, ConnectionType.OUTBOUND, true, endpoint, null,
                ConnectionState.CONNECTING, work);
        contact.moveTo(ContactState.DIALING, work.now());
        agent.add(contact);
        flow.answerLater(contact, customer);
        work.touched(agent);
        return contact.id();
    }
}
