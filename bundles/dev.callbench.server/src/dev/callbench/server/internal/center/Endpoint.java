package dev.callbench.server.internal.center;

/**
 * Something a call can go to: type phone_number, agent or queue. Fields that do not apply to the type are null.
 */
public record Endpoint(String type, String endpointArn, String name, String phoneNumber, String agentLogin,
        String queueArn, String queueName) {

    public static Endpoint phone(String phoneNumber) {
        return new Endpoint("phone_number", null, null, phoneNumber, null, null, null);
    }

    static Endpoint agent() {
        return new Endpoint("agent", null, null, null, null, null, null);
    }
}
