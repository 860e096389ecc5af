package dev.callbench.server.internal.center;

import static dev.callbench.server.internal.center.CallFlow.require;
import static dev.callbench.server.internal.center.CenterException.Kind.BAD_ENDPOINT;
import static dev.callbench.server.internal.center.CenterException.Kind.INVALID_PARAMETER;

import java.util.Map;
import java.util.regex.Pattern;

import dev.callbench.server.internal.Messages;

/** What an agent does with the legs of a connected contact: hang up, hold, consult, conference, transfer. */
final class ConnectionActions {

    private static final Pattern DIGITS = Pattern.compile("[0-9*#A-Da-d,]{1,64}");

    private final CallFlow flow;
    private final AgentActions agentActions;

    ConnectionActions(CallFlow flow, AgentActions agentActions) {
        this.flow = flow;
        this.agentActions = agentActions;
    }

    void destroy(Agent agent, String contactId, String connectionId, Work work) {
        Contact contact = flow.own(agent, contactId);
        Connection connection = flow.connection(contact, connectionId);
        require(connection.state().isActive(), "error.connectionState", connectionId);
        if (connection.type() == ConnectionType.MONITORING) {
            flow.monitors().leave(agent, contact, work);
        } else if (contact.state().isOffered() && connection.type() == ConnectionType.AGENT && !contact.isAgentsOutboundCall()) {
            agentActions.reject(agent, contactId, work);
        } else if (connection.type() == ConnectionType.AGENT) {
            leave(agent, contact, work);
        } else if (connection.initial()) {
            flow.dropCustomer(contact, work);
        } else {
            dropThirdParty(agent, contact, connection, work);
        }
    }

    /** The third party leaves; if the customer is gone too, nobody is left and the contact ends. */
    private void dropThirdParty(Agent agent, Contact contact, Connection third, Work work) {
        third.moveTo(ConnectionState.DISCONNECTED, work.now());
        flow.consults().legDropped(contact, work);
        if (contact.customer().map(c -> !c.state().isActive()).orElse(true)) {
            flow.end(contact, work);
        }
        work.touched(agent);
    }

    /** The agent hangs up. With both customer and third party on the line this completes a transfer. */
    private void leave(Agent agent, Contact contact, Work work) {
        boolean transfer = contact.thirdParty().isPresent()
                && contact.customer().map(c -> c.state().isActive()).orElse(false);
        if (transfer) {
            agent.replace(contact, contact.frozenCopy(ContactState.ENDED, work.now(), false));
            flow.consults().handedOver(contact);
            flow.monitors().callEnded(contact, work);
            flow.retire(contact);
            flow.afterContactWork(agent, contact.id());
            work.touched(agent);
        } else {
            flow.end(contact, work);
        }
    }

    void hold(Agent agent, String contactId, String connectionId, Work work) {
        Connection connection = otherParty(agent, contactId, connectionId);
        require(connection.state() == ConnectionState.CONNECTED, "error.connectionState", connectionId);
        connection.moveTo(ConnectionState.HOLD, work.now());
        work.touched(agent);
    }

    void resume(Agent agent, String contactId, String connectionId, Work work) {
        Connection connection = otherParty(agent, contactId, connectionId);
        require(connection.state() == ConnectionState.HOLD, "error.connectionState", connectionId);
        connection.moveTo(ConnectionState.CONNECTED, work.now());
        work.touched(agent);
    }

    /** Swaps which of customer and third party is on hold. */
    void toggle(Agent agent, String contactId, Work work) {
        Contact contact = connected(agent, contactId);
        Connection customer = contact.customer().orElseThrow();
        Connection third = contact.thirdParty().orElse(null);
        require(third != null, "error.noThirdParty");
        boolean oneOnHold = (customer.state() == ConnectionState.HOLD) != (third.state() == ConnectionState.HOLD);
        require(oneOnHold && third.state() != ConnectionState.CONNECTING, "error.connectionState", third.id());
        swapHold(customer, work);
        swapHold(third, work);
        work.touched(agent);
    }

    private static void swapHold(Connection connection, Work work) {
        connection.moveTo(connection.state() == ConnectionState.HOLD ? ConnectionState.CONNECTED : ConnectionState.HOLD,
                work.now());
    }

    void conference(Agent agent, String contactId, Work work) {
        Contact contact = connected(agent, contactId);
        Connection third = contact.thirdParty().orElse(null);
        require(third != null, "error.noThirdParty");
        require(third.state() != ConnectionState.CONNECTING, "error.connectionState", third.id());
        contact.connections().stream().filter(c -> c.state() == ConnectionState.HOLD)
                .forEach(c -> c.moveTo(ConnectionState.CONNECTED, work.now()));
        work.touched(agent);
    }

    /** Consult or transfer: the customer goes on hold while the destination is dialled. */
    void addConnection(Agent agent, String contactId, Endpoint requested, Work work) {
        Contact contact = connected(agent, contactId);
        require(contact.thirdParty().isEmpty(), "error.alreadyConsulting");
        Endpoint endpoint = resolve(requested);
        contact.customer().filter(c -> c.state() == ConnectionState.CONNECTED)
                .ifPresent(c -> c.moveTo(ConnectionState.HOLD, work.now()));
        Connection third = flow.addConnection(contact, ConnectionType.OUTBOUND, false, endpoint, endpoint.name(),
                ConnectionState.CONNECTING, work);
        if ("phone_number".equals(endpoint.type())) {
            flow.answerLater(contact, third);
        } else {
            flow.consults().dial(contact, third, endpoint, work);
        }
        work.touched(agent);
    }

    private Endpoint resolve(Endpoint requested) {
        if (requested.endpointArn() != null) {
            return flow.directory().quickConnect(requested.endpointArn()).orElseThrow(
                    () -> new CenterException(BAD_ENDPOINT, Messages.format("error.badEndpoint", requested.name())));
        }
        if ("phone_number".equals(requested.type()) && requested.phoneNumber() != null
                && requested.phoneNumber().matches("\\+[1-9][0-9]{3,14}")) {
            return requested;
        }
        throw new CenterException(BAD_ENDPOINT, Messages.format("error.badEndpoint", requested.phoneNumber()));
    }

    void sendDigits(Agent agent, String contactId, String connectionId, String digits, Work work) {
        Contact contact = flow.own(agent, contactId);
        flow.connection(contact, connectionId);
        require(contact.state() == ContactState.CONNECTED || contact.state() == ContactState.CONNECTING
                || contact.state() == ContactState.DIALING,
                "error.notConnected", contactId);
        if (!DIGITS.matcher(digits).matches()) {
            throw new CenterException(INVALID_PARAMETER, Messages.format("error.badDigits"));
        }
        contact.recordDigits(digits);
    }

    void mute(Agent agent, String contactId, String connectionId, boolean muted, Work work) {
        Contact contact = flow.own(agent, contactId);
        Connection connection = flow.connection(contact, connectionId);
        require(connection.state().isActive(), "error.connectionState", connectionId);
        connection.setMuted(muted);
        work.touched(agent);
    }

    void updateAttributes(Agent agent, String contactId, Map<String, String> attributes, Work work) {
        flow.own(agent, contactId).putAttributes(attributes);
        work.touched(agent);
    }

    private Connection otherParty(Agent agent, String contactId, String connectionId) {
        Contact contact = connected(agent, contactId);
        Connection connection = flow.connection(contact, connectionId);
        require(connection.type() != ConnectionType.AGENT, "error.connectionState", connectionId);
        return connection;
    }

    private Contact connected(Agent agent, String contactId) {
        Contact contact = flow.own(agent, contactId);
        require(contact.state() == ContactState.CONNECTED, "error.notConnected", contactId);
        return contact;
    }
}
