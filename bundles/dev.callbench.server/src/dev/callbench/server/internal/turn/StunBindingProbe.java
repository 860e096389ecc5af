package dev.callbench.server.internal.turn;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * STUN Binding requests (RFC 8489) to a server's UDP port: an answer says the server is up. The socket is not
 * connected, so that the "port unreachable" of a server not yet listening does not cut each wait short.
 */
final class StunBindingProbe implements AutoCloseable {

    private static final short BINDING_REQUEST = 0x0001;
    private static final short BINDING_SUCCESS = 0x0101;
    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int HEADER_BYTES = 20;

    private final InetSocketAddress server;
    private final DatagramSocket socket;

    StunBindingProbe(InetSocketAddress server) throws IOException {
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(server.getAddress(), 0));
    }

    /** Sends a Binding request; true once a Binding success comes back from the server within {@code wait}. */
    boolean answers(Duration wait) throws IOException {
        byte[] transaction = new byte[12];
        ThreadLocalRandom.current().nextBytes(transaction);
        ByteBuffer request = ByteBuffer.allocate(HEADER_BYTES).putShort(BINDING_REQUEST).putShort((short) 0)
                .putInt(MAGIC_COOKIE).put(transaction);
        socket.send(new DatagramPacket(request.array(), HEADER_BYTES, server));
        long until = System.nanoTime() + wait.toNanos();
        DatagramPacket answer = new DatagramPacket(new byte[1500], 1500);
        for (long left = wait.toNanos(); left > 0; left = until - System.nanoTime()) {
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            try {
                socket.receive(answer);
            } catch (SocketTimeoutException e) {
                return false;
            }
            if (isBindingSuccess(answer, transaction)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBindingSuccess(DatagramPacket answer, byte[] transaction) {
        if (!server.equals(answer.getSocketAddress()) || answer.getLength() < HEADER_BYTES) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(answer.getData(), answer.getOffset(), HEADER_BYTES);
        short type = header.getShort();
        header.getShort(); // the attributes' length
        int cookie = header.getInt();
        byte[] echoed = new byte[transaction.length];
        header.get(echoed);
        return type == BINDING_SUCCESS && cookie == MAGIC_COOKIE && Arrays.equals(echoed, transaction);
    }

    @Override
    public void close() {
        socket.close();
    }
}
