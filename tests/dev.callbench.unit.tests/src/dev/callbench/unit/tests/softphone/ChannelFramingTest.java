package dev.callbench.unit.tests.softphone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.callbench.softphone.engine.internal.channel.ChannelException;
import dev.callbench.softphone.engine.internal.channel.LineReader;
import dev.callbench.softphone.engine.internal.channel.Message;
import dev.callbench.softphone.engine.internal.channel.MessageCodec;
import dev.callbench.softphone.engine.internal.channel.MessageReader;
import dev.callbench.softphone.engine.internal.channel.MessageWriter;

/** The channel's framing as both ends read and write it, on streams in memory. */
class ChannelFramingTest {

    @Test
    void messagesGoThroughALineEachUnchanged() throws IOException {
        JsonObject arguments = new JsonObject();
        arguments.addProperty("text", "line\nbreak, é and \u2028");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MessageWriter writer = new MessageWriter(bytes)) {
            writer.write(new Message.Request(7, "say", arguments));
            writer.write(Message.Reply.error(7, "failed", "no"));
            writer.write(new Message.Event("said", arguments));
        }

        String written = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, written.lines().count(), written);
        MessageReader reader = new MessageReader(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(new Message.Request(7, "say", arguments), reader.read().orElseThrow());
        assertEquals(Message.Reply.error(7, "failed", "no"), reader.read().orElseThrow());
        assertEquals(new Message.Event("said", arguments), reader.read().orElseThrow());
        assertEquals(Optional.empty(), reader.read());
    }

    @Test
    void aLineOverTheLimitIsDroppedAndTheNextOneIsRead() throws IOException {
        String tooLong = "x".repeat(LineReader.MAX_LINE_BYTES + 1);
        LineReader lines = reader(tooLong + "\nnext\n");

        ChannelException refused = assertThrows(ChannelException.class, lines::readLine);
        assertEquals(ChannelException.LINE_TOO_LONG, refused.kind());
        assertTrue(refused.getMessage().contains("at most " + LineReader.MAX_LINE_BYTES + " bytes"), refused.getMessage());
        assertEquals(Optional.of("next"), lines.readLine());
    }

    @Test
    void aLineAtTheLimitIsRead() throws IOException {
        String longest = "y".repeat(LineReader.MAX_LINE_BYTES);
        assertEquals(Optional.of(longest), reader(longest + "\n").readLine());
    }

    @Test
    void theStreamEndingInTheMiddleOfALineEndsTheChannel() throws IOException {
        LineReader lines = reader("{\"id\":1,\"ok\":");

        ChannelException refused = assertThrows(ChannelException.class, lines::readLine);
        assertEquals(ChannelException.TRUNCATED, refused.kind());
        assertTrue(refused.endsChannel());
        assertEquals(Optional.empty(), lines.readLine());
    }

    @Test
    void bytesThatAreNotUtf8CostTheirLine() throws IOException {
        byte[] bad = {(byte) 0xC3, '\n', 'o', 'k', '\n'};
        LineReader lines = new LineReader(new ByteArrayInputStream(bad));

        assertEquals(ChannelException.NOT_UTF8, assertThrows(ChannelException.class, lines::readLine).kind());
        assertEquals(Optional.of("ok"), lines.readLine());
    }

    @Test
    void whatIsNotAMessageIsRefusedWithItsKind() {
        assertKind(ChannelException.NOT_JSON, "this is not JSON");
        assertKind(ChannelException.NOT_JSON, "{\"id\":1,\"op\":\"ping\"} {}");
        assertKind(ChannelException.NOT_JSON, "{id:1,op:'ping'}");
        assertKind(ChannelException.NOT_AN_OBJECT, "[1,2]");
        assertKind(ChannelException.BAD_MESSAGE, "{\"id\":1.5,\"op\":\"ping\"}");
        assertKind(ChannelException.BAD_MESSAGE, "{\"op\":\"ping\"}");
        assertKind(ChannelException.BAD_MESSAGE, "{\"id\":1}");
        assertKind(ChannelException.BAD_MESSAGE, "{\"id\":1,\"ok\":{},\"error\":{}}");
        assertKind(ChannelException.BAD_MESSAGE, "{\"id\":1,\"error\":{\"kind\":\"failed\"}}");
    }

    @Test
    void aRequestsArgumentsAreItsOtherMembers() throws ChannelException {
        Message.Request request = assertInstanceOf(Message.Request.class,
                MessageCodec.read("{\"id\":3,\"op\":\"dial\",\"number\":\"+1555\"}"));
        assertEquals("dial", request.op());
        assertEquals("+1555", request.arguments().get("number").getAsString());
        assertEquals(1, request.arguments().size());
    }

    private static void assertKind(String kind, String line) {
        assertEquals(kind, assertThrows(ChannelException.class, () -> MessageCodec.read(line)).kind(), line);
    }

    private static LineReader reader(String text) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
