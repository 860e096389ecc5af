package dev.callbench.softphone.engine.internal.channel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the channel's messages, a line each, whole and flushed; any thread may write. */
public final class MessageWriter implements Closeable {

    private final OutputStream out;

    public MessageWriter(OutputStream out) {
        this.out = out;
    }

    /** @throws ChannelException the message is longer than the other end would take: nothing is written */
    public void write(Message message) throws IOException {
        byte[] line = MessageCodec.write(message).getBytes(StandardCharsets.UTF_8);
        if (line.length > LineReader.MAX_LINE_BYTES) {
            throw new ChannelException(ChannelException.LINE_TOO_LONG, "A message of " + line.length
                    + " bytes was not sent: lines may be at most " + LineReader.MAX_LINE_BYTES + " bytes long.");
        }
        synchronized (out) {
            out.write(line);
            out.write('\n');
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
