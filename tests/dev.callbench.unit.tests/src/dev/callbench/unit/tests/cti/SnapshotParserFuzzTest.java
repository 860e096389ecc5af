package dev.callbench.unit.tests.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.callbench.cti.internal.wire.CtiCallException;
import dev.callbench.cti.internal.wire.CtiHttp;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.ParsedSnapshot;
import dev.callbench.cti.internal.wire.SnapshotParser;
import dev.callbench.tests.support.SampleSnapshots;

/**
 * Random and mutated snapshot answers: the client's reader either accepts a payload with every field Streams
 * needs in a known form, or rejects it with a {@link MalformedSnapshotException} or a malformed-answer
 * failure; it never throws anything else and never hangs. Bounded: a fixed count, a fixed seed, a time limit.
 */
class SnapshotParserFuzzTest {

    private static final int MUTATIONS = 10_000;
    private static final long SEED = 20261123L;

    @Test
    void theSampleIsAcceptedAsItIs() throws Exception {
        ParsedSnapshot parsed = SnapshotParser.parse(CtiHttp.readAnswer("GetAgentSnapshot",
                SampleSnapshots.callOffered()));
        assertEquals("PendingBusy", parsed.view().stateName());
        assertEquals("connecting", parsed.view().contacts().get(0).stateType());
        assertEquals("token-4", parsed.nextToken());
    }

    @Test
    void mutatedTreesAreAcceptedWholeOrRejectedWithAReason() {
        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                JsonObject answer = CtiHttp.readAnswer("GetAgentSnapshot", SampleSnapshots.callOffered());
                mutate(answer, random, 1 + random.nextInt(3));
                outcomes[readTree(answer) ? 0 : 1]++;
            }
        });
        assertTrue(outcomes[0] > 0, "some mutations keep a usable snapshot");
        assertTrue(outcomes[1] > MUTATIONS / 10, "most mutations that break a needed field are rejected");
    }

    @Test
    void mutatedTextIsAcceptedWholeOrRejectedWithAReason() {
        Random random = new Random(SEED + 1);
        String sample = SampleSnapshots.callOffered();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                readText(mutateText(sample, random));
            }
        });
    }

    @Test
    void anUnknownContactStateIsRejectedNamingTheField() {
        String unknown = SampleSnapshots.callOffered().replace("\"type\": \"connecting\", \"timestamp\": 1714060862",
                "\"type\": \"teleporting\", \"timestamp\": 1714060862");
        MalformedSnapshotException problem = rejected(unknown);
        assertTrue(problem.getMessage().contains("snapshot.contacts[0].state.type"), problem.getMessage());
        assertTrue(problem.getMessage().contains("teleporting"), problem.getMessage());
    }

    @Test
    void aMissingContactsListIsRejectedNamingTheField() {
        String missing = SampleSnapshots.callOffered().replaceFirst("\"contacts\"", "\"contactz\"");
        assertEquals("snapshot.contacts is missing", rejected(missing).getMessage());
    }

    private static MalformedSnapshotException rejected(String text) {
        try {
            SnapshotParser.parse(CtiHttp.readAnswer("GetAgentSnapshot", text));
        } catch (MalformedSnapshotException e) {
            return e;
        } catch (CtiCallException e) {
            throw new AssertionError("the text is JSON", e);
        }
        throw new AssertionError("accepted: " + text);
    }

    private static void readText(String text) {
        try {
            readTree(CtiHttp.readAnswer("GetAgentSnapshot", text));
        } catch (CtiCallException e) {
            assertEquals(CtiCallException.Kind.MALFORMED_ANSWER, e.kind());
        }
    }

    private static boolean readTree(JsonObject answer) {
        try {
            ParsedSnapshot parsed = SnapshotParser.parse(answer);
            assertFalse(parsed.view().stateName() == null || parsed.view().stateType() == null);
            assertEquals(parsed.view().contacts().size(), parsed.contacts().size());
            return true;
        } catch (MalformedSnapshotException e) {
            assertFalse(e.getMessage().isBlank());
            return false;
        }
    }

    private static void mutate(JsonObject root, Random random, int times) {
        for (int i = 0; i < times; i++) {
            List<Map.Entry<JsonObject, String>> fields = new ArrayList<>();
            collect(root, fields);
            if (fields.isEmpty()) {
                return;
            }
            Map.Entry<JsonObject, String> field = fields.get(random.nextInt(fields.size()));
            if (random.nextInt(4) == 0) {
                field.getKey().remove(field.getValue());
            } else {
                field.getKey().add(field.getValue(), randomValue(random));
            }
        }
    }

    private static void collect(JsonElement element, List<Map.Entry<JsonObject, String>> fields) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(entry -> {
                fields.add(Map.entry(element.getAsJsonObject(), entry.getKey()));
                collect(entry.getValue(), fields);
            });
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> collect(item, fields));
        }
    }

    private static JsonElement randomValue(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextLong());
            case 2 -> new JsonPrimitive(-1.5e300);
            case 3 -> new JsonPrimitive(random.nextBoolean());
            case 4 -> new JsonPrimitive("yesterday");
            case 5 -> new JsonPrimitive("9".repeat(random.nextInt(40) + 1));
            case 6 -> new JsonArray();
            case 7 -> new JsonObject();
            case 8 -> new JsonPrimitive("2026-11-23T10:00:00Z");
            default -> new JsonPrimitive(Integer.toString(random.nextInt(), 36));
        };
    }

    private static String mutateText(String text, Random random) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 0, n = 1 + random.nextInt(4); i < n && !mutated.isEmpty(); i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, "{}[]\",:0\\ntfe".charAt(random.nextInt(13)));
                default -> mutated.setLength(at);
            }
        }
        return mutated.toString();
    }
}
