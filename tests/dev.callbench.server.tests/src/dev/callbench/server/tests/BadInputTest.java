package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile or broken requests get a 4xx with a JSON error body and change nothing. */
class BadInputTest extends SharedServer {

    private static AgentSession bob;

    @BeforeAll
    static void signIn() throws Exception {
        bob = server.agent("bob", "Break");
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "PutAgentState | {not json                                   | 400 | SerializationException",
        "PutAgentState | [1,2,3]                                     | 400 | SerializationException",
        "PutAgentState | {\"state\":{\"name\":\"Available\",\"name\":\"Break\"}} | 400 | SerializationException",
        "AcceptContact | {\"contactId\":\"c\\ud800\"}                | 400 | SerializationException",
        "GetAgentSnapshot | {\"timeout\":1e99999999999}              | 400 | SerializationException",
        "PutAgentState | {\"state\":{\"name\":\"Available\"}} trailing | 400 | SerializationException",
        "PutAgentState | {}                                          | 400 | InvalidParameterException",
        "PutAgentState | {\"state\":\"Available\"}                   | 400 | InvalidParameterException",
        "PutAgentState | {\"state\":{\"name\":42}}                   | 400 | InvalidParameterException",
        "PutAgentState | {\"state\":{\"name\":\"Dancing\"}}          | 404 | ResourceNotFoundException",
        "PutAgentState | {\"state\":{\"name\":\"Available\"},\"enqueueNextState\":\"yes\"} | 400 | InvalidParameterException",
        "AcceptContact | {\"contactId\":[\"a\"]}                     | 400 | InvalidParameterException",
        "GetAgentSnapshot | {\"timeout\":1e400}                      | 400 | InvalidParameterException",
        "GetAgentSnapshot | {\"timeout\":1.5}                        | 400 | InvalidParameterException",
        "GetEndpoints  | {\"queueARNs\":[],\"nextToken\":\"-4\"}      | 400 | InvalidParameterException",
        "DeleteEverything | {}                                       | 400 | UnknownOperationException",
    })
    void isRefusedAndChangesNothing(String operation, String body, int status, String type) throws Exception {
        String before = bob.snapshot().get("state").toString();
        HttpAnswer reply = bob.call(operation, body);
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(type, reply.errorType());
        assertFalse(reply.json().get("message").getAsString().isBlank());
        assertEquals(before, bob.snapshot().get("state").toString(), "the agent's state is untouched");
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String huge = "{\"contactId\":\"" + "x".repeat(10_000) + "\"}";
        HttpAnswer reply = bob.call("AcceptContact", huge);
        assertEquals(413, reply.status());
        assertEquals("RequestEntityTooLargeException", reply.errorType());
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        String deep = "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}";
        assertEquals(400, bob.call("PutAgentState", deep).status());
    }

    @Test
    void aRequestWithoutAnOperationIsRefused() throws Exception {
        HttpAnswer reply = server.client().post("/api", "{}", Map.of("X-Amz-Bearer", bob.token()));
        assertEquals(400, reply.status());
        assertEquals("UnknownOperationException", reply.errorType());
    }

    @Test
    void getOnTheApiIsRefused() throws Exception {
        HttpAnswer reply = server.client().get("/api", Map.of());
        assertEquals(405, reply.status());
        assertEquals("MethodNotAllowedException", reply.errorType());
    }

    @Test
    void unknownAddressesAnswerWithAJsonError() throws Exception {
        HttpAnswer reply = server.client().get("/wp-admin", Map.of());
        assertEquals(404, reply.status());
        assertEquals("ResourceNotFoundException", reply.errorType());
    }

    @Test
    void invalidUtf8IsHandled() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api"))
                .header("X-Amz-Target", "AmazonConnectCTIService.PutAgentState").header("X-Amz-Bearer", bob.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':',
                    '1', '}'}))
                .build();
        HttpAnswer reply = server.client().send(request);
        assertEquals(400, reply.status(), reply::toString);
    }

    @ParameterizedTest
    @CsvSource({ "talkSeconds, 9223372036854775807", "talkSeconds, -1", "patienceSeconds, 86401" })
    void anAdminCallWithAnAbsurdDurationIsRefused(String field, long seconds) throws Exception {
        HttpAnswer refused = server.client().post("/admin/calls",
                "{\"queue\":\"Sales\",\"" + field + "\":" + seconds + "}", Map.of());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("InvalidParameterException", refused.json().get("__type").getAsString());
    }
}
