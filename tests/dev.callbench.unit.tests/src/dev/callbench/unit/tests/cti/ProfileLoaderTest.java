package dev.callbench.unit.tests.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import dev.callbench.cti.internal.model.AgentProfile;
import dev.callbench.cti.internal.model.ProfileLoader;
import dev.callbench.cti.internal.wire.CtiCallException;

/**
 * The agent's profile is read from the four configuration calls, and a permission list that is not a list of
 * strings fails the sign-in as a malformed answer that names the field. The CTI calls are a stand-in: a map from
 * operation to a fixed answer, with no HTTP, because the real local contact center never sends such a list.
 */
class ProfileLoaderTest {

    private static final String QUEUE = "{\"queueARN\": \"arn:queue:q\", \"name\": \"Queue\"}";
    private static final String CONFIGURATION = """
        {"configuration": {"name": "Agent", "username": "agent", "softphoneEnabled": true,
         "softphoneAutoAccept": false, "extension": "", "routingProfile": {"name": "P",
         "routingProfileARN": "arn:profile:p", "defaultOutboundQueue": %s}}}""".formatted(QUEUE);

    @Test
    void permissionsGivenAsStringsAreRead() throws Exception {
        AgentProfile profile = load("{\"permissions\": [\"outboundCall\", \"voiceContact\"]}").get(10,
                TimeUnit.SECONDS);
        assertEquals(Set.of("outboundCall", "voiceContact"), profile.permissions());
    }

    @Test
    void aPermissionThatIsNotAStringIsAMalformedAnswer() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> load("{\"permissions\": [{\"name\": \"outboundCall\"}]}").get(10, TimeUnit.SECONDS));
        CtiCallException call = assertInstanceOf(CtiCallException.class, CtiCallException.unwrap(failure.getCause()));
        assertEquals(CtiCallException.Kind.MALFORMED_ANSWER, call.kind());
        assertTrue(call.getMessage().contains("permissions"), call.getMessage());
    }

    private static CompletableFuture<AgentProfile> load(String permissions) {
        Map<String, String> answers = Map.of("GetAgentConfiguration", CONFIGURATION,
                "GetAgentStates", "{\"states\": [{\"name\": \"Available\", \"type\": \"routable\"}]}",
                "GetAgentPermissions", permissions,
                "GetRoutingProfileQueues", "{\"queues\": [" + QUEUE + "]}");
        return new ProfileLoader((operation, body) -> CompletableFuture.completedFuture(
                JsonParser.parseString(answers.get(operation)).getAsJsonObject())).load();
    }
}
