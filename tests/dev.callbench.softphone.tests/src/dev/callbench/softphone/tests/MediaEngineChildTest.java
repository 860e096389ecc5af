package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.softphone.engine.internal.channel.LineReader;

/**
 * The real media engine in a process of its own, spoken to line by line as no workbench would: what it cannot take
 * costs that line, is answered with an error, and it goes on answering; input that ends in the middle of a line
 * ends it.
 */
class MediaEngineChildTest {

    private Process engine;
    private OutputStream toEngine;
    private BufferedReader fromEngine;

    @BeforeEach
    void start() throws IOException {
        engine = new ProcessBuilder(Engines.real().commandLine()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        toEngine = engine.getOutputStream();
        fromEngine = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws InterruptedException {
        Engines.stop(engine);
    }

    @Test
    void pingAnswersWithTheEnginesPidVersionAndProtocol() throws Exception {
        send("{\"id\":1,\"op\":\"ping\"}");
        JsonObject pong = answer().getAsJsonObject("ok");
        assertEquals(engine.pid(), pong.get("pid").getAsLong());
        assertTrue(pong.get("version").getAsString().startsWith("0.1.0"), pong.toString());
        assertEquals(1, pong.get("protocol").getAsInt());
    }

    @Test
    void memoryAnswersResidentKilobytesAndThreads() throws Exception {
        send("{\"id\":1,\"op\":\"memory\"}");
        JsonObject memory = answer().getAsJsonObject("ok");
        assertTrue(memory.get("residentKb").getAsLong() > 1000, memory.toString());
        assertTrue(memory.get("threads").getAsInt() > 1, memory.toString());
    }

    @Test
    void anUnknownOperationIsAnErrorAndTheEngineGoesOn() throws Exception {
        send("{\"id\":1,\"op\":\"teleport\"}");
        JsonObject error = answer().getAsJsonObject("error");
        assertEquals("unknownOp", error.get("kind").getAsString());
        assertTrue(error.get("message").getAsString().contains("teleport"), error.toString());
        assertPingAnswered(2);
    }

    @Test
    void aLineThatIsNotJsonIsAProtocolErrorAndTheEngineGoesOn() throws Exception {
        send("this is not JSON");
        assertProtocolError("notJson");
        send("[\"an array\"]");
        assertProtocolError("notAnObject");
        assertPingAnswered(3);
    }

    @Test
    void aLineOverTheLimitIsAProtocolErrorAndTheEngineGoesOn() throws Exception {
        send("{\"id\":1,\"op\":\"ping\",\"pad\":\"" + "x".repeat(LineReader.MAX_LINE_BYTES) + "\"}");
        assertProtocolError("lineTooLong");
        assertPingAnswered(2);
    }

    @Test
    void inputEndingInTheMiddleOfALineEndsTheEngine() throws Exception {
        toEngine.write("{\"id\":1,\"op\":".getBytes(StandardCharsets.UTF_8));
        toEngine.close();
        assertProtocolError("truncated");
        assertTrue(engine.waitFor(Engines.WAIT.toSeconds(), TimeUnit.SECONDS), "the engine did not exit");
        assertEquals(0, engine.exitValue());
    }

    @Test
    void shutdownIsAnsweredAndTheEngineExits() throws Exception {
        send("{\"id\":9,\"op\":\"shutdown\"}");
        assertEquals(9, answer().get("id").getAsLong());
        assertTrue(engine.waitFor(Engines.WAIT.toSeconds(), TimeUnit.SECONDS), "the engine did not exit");
        assertEquals(0, engine.exitValue());
    }

    private void assertPingAnswered(long id) throws Exception {
        send("{\"id\":" + id + ",\"op\":\"ping\"}");
        JsonObject reply = answer();
        assertEquals(id, reply.get("id").getAsLong());
        assertEquals(engine.pid(), reply.getAsJsonObject("ok").get("pid").getAsLong());
    }

    private void assertProtocolError(String kind) throws Exception {
        JsonObject event = answer();
        assertEquals("protocolError", event.get("event").getAsString(), event.toString());
        assertEquals(kind, event.get("kind").getAsString(), event.toString());
    }

    private String readLine() {
        try {
            return fromEngine.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(String line) throws IOException {
        toEngine.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        toEngine.flush();
    }

    /** The engine's next line, waited for with a deadline. */
    private JsonObject answer() throws Exception {
        String line = CompletableFuture.supplyAsync(this::readLine).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(line != null, "the engine closed its output");
        return JsonParser.parseString(line).getAsJsonObject();
    }
}
