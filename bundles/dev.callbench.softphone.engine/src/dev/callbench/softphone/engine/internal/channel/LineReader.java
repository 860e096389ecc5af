package dev.callbench.softphone.engine.internal.channel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads newline-terminated UTF-8 lines of a bounded length. It never holds more than the limit: the rest of a
 * longer line is read and dropped up to its newline, and then reported, so that the next line is read normally.
 */
public final class LineReader {

    /** The longest line either end sends or takes, in bytes, without its newline. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int filled;
    private boolean ended;
    private byte[] line = new byte[1024];
    private int length;

    public LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    public LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * The next line without its newline, or empty once the stream has ended between lines.
     *
     * @throws ChannelException a line too long (dropped; reading may go on), not UTF-8 (dropped), or the stream ended
     *             in the middle of a line
     */
    public Optional<String> readLine() throws IOException {
        length = 0;
        long dropped = 0;
        while (true) {
            if (position == filled && !fill()) {
                if (length == 0 && dropped == 0) {
                    return Optional.empty();
                }
                throw new ChannelException(ChannelException.TRUNCATED, "The stream ended in the middle of a line, after "
                        + (dropped + length) + " bytes without a newline.");
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? filled : newline;
            int count = end - position;
            if (dropped > 0 || length + count > limit) {
                dropped += length + count;
                length = 0;
            } else {
                append(count);
            }
            position = newline < 0 ? filled : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (dropped > 0) {
            throw new ChannelException(ChannelException.LINE_TOO_LONG, "A line of " + dropped
                    + " bytes was dropped: lines may be at most " + limit + " bytes long.");
        }
        return Optional.of(decode());
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read = in.read(buffer);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        filled = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    private String decode() throws ChannelException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ChannelException(ChannelException.NOT_UTF8, "A line that is not UTF-8 was dropped.");
        }
    }
}
