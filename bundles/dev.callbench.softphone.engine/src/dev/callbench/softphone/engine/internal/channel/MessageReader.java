package dev.callbench.softphone.engine.internal.channel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads the channel's messages, a line each; one reader thread at a time. */
public final class MessageReader {

    private final LineReader lines;

    public MessageReader(InputStream in) {
        this.lines = new LineReader(in);
    }

    /**
     * The next message, or empty once the stream has ended between lines.
     *
     * @throws ChannelException the line was not a message (reading may go on unless {@link ChannelException#endsChannel()})
     */
    public Optional<Message> read() throws IOException {
        Optional<String> line = lines.readLine();
        return line.isEmpty() ? Optional.empty() : Optional.of(MessageCodec.read(line.get()));
    }
}
