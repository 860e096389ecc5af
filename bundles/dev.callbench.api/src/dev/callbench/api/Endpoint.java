package dev.callbench.api;

import java.util.Objects;

/**
 * Somewhere a contact can be sent: a quick connect (to an agent, a queue or a phone number) or a dialed number.
 *
 * @param type what the endpoint leads to
 * @param arn the contact center's identifier of a quick connect; {@code null} for a dialed number
 * @param name the name shown to the agent
 * @param phoneNumber the number, E.164 ({@code +15555550100}) or {@code sip:}; {@code null} for agent and queue
 *        quick connects
 * @param queue the queue of a queue quick connect; {@code null} otherwise
 */
public record Endpoint(EndpointType type, String arn, String name, String phoneNumber, Queue queue) {

    public Endpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (type == EndpointType.PHONE_NUMBER) {
            Objects.requireNonNull(phoneNumber, "phoneNumber");
        }
        if (type == EndpointType.QUEUE) {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** A number to dial, named by the number itself. */
    public static Endpoint phoneNumber(String number) {
        return new Endpoint(EndpointType.PHONE_NUMBER, null, number, number, null);
    }

    /** A quick connect to another agent. */
    public static Endpoint agent(String arn, String name) {
        return new Endpoint(EndpointType.AGENT, Objects.requireNonNull(arn, "arn"), name, null, null);
    }

    /** A quick connect to a queue. */
    public static Endpoint queue(String arn, Queue queue) {
        return new Endpoint(EndpointType.QUEUE, Objects.requireNonNull(arn, "arn"), queue.name(), null, queue);
    }
}
