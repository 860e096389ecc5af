package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A minimal TURN client over UDP, doing what a softphone's ICE agent does with a relay (RFC 8656, STUN RFC 8489 with
 * long-term credentials): an Allocate that is first answered 401 with a REALM and a NONCE, then again with USERNAME
 * and MESSAGE-INTEGRITY (HMAC-SHA1, key MD5(username:realm:password)); a CreatePermission for a peer; a Send
 * indication to it.
 */
final class TurnClient implements AutoCloseable {

    private static final int MAGIC_COOKIE = 0x2112A442;
    private static final int ALLOCATE = 0x0003;
    private static final int CREATE_PERMISSION = 0x0008;
    private static final int SEND_INDICATION = 0x0016;
    private static final int SUCCESS = 0x0100;
    private static final int ERROR = 0x0110;
    private static final int USERNAME = 0x0006;
    private static final int MESSAGE_INTEGRITY = 0x0008;
    private static final int ERROR_CODE = 0x0009;
    private static final int XOR_PEER_ADDRESS = 0x0012;
    private static final int DATA = 0x0013;
    private static final int REALM = 0x0014;
    private static final int NONCE = 0x0015;
    private static final int XOR_RELAYED_ADDRESS = 0x0016;
    private static final int REQUESTED_TRANSPORT = 0x0019;
    private static final byte[] UDP = {17, 0, 0, 0};

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private String username;
    private byte[] realm;
    private byte[] nonce;
    private byte[] key;

    private TurnClient(InetSocketAddress server) throws IOException {
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        socket.setSoTimeout(5_000);
    }

    /** A client of the relay at a {@code turn:<host>:<port>?transport=udp} address. */
    static TurnClient of(String turnUrl) throws IOException {
        URI address = URI.create("//" + turnUrl.substring("turn:".length(), turnUrl.indexOf('?')));
        return new TurnClient(new InetSocketAddress(InetAddress.getByName(address.getHost()), address.getPort()));
    }

    /** What the relay answered: a relayed address, or the error code it refused with. */
    record Answer(int errorCode, InetSocketAddress relayed) {
        boolean succeeded() {
            return errorCode == 0;
        }
    }

    /** Allocates a UDP relay with these credentials, as an ICE agent gathers a relay candidate. */
    Answer allocate(String user, String password) throws IOException {
        Map<Integer, byte[]> challenge = transact(ALLOCATE, Map.of(REQUESTED_TRANSPORT, UDP), false);
        assertEquals(401, errorCode(challenge), "an Allocate without credentials is challenged");
        this.username = user;
        this.realm = challenge.get(REALM);
        this.nonce = challenge.get(NONCE);
        this.key = md5(user + ":" + new String(realm, StandardCharsets.UTF_8) + ":" + password);
        Map<Integer, byte[]> answer = transact(ALLOCATE, Map.of(REQUESTED_TRANSPORT, UDP), true);
        return answer.containsKey(ERROR_CODE) ? new Answer(errorCode(answer), null)
                : new Answer(0, xorAddress(answer.get(XOR_RELAYED_ADDRESS)));
    }

    /** Lets the peer send to the relay; 0, or the error code it was refused with. */
    int createPermission(InetSocketAddress peer) throws IOException {
        Map<Integer, byte[]> answer = transact(CREATE_PERMISSION, Map.of(XOR_PEER_ADDRESS, xorAddress(peer)), true);
        return answer.containsKey(ERROR_CODE) ? errorCode(answer) : 0;
    }

    /** Has the relay send these bytes to the peer (a Send indication: no answer comes). */
    void send(InetSocketAddress peer, byte[] data) throws IOException {
        Map<Integer, byte[]> attributes = new LinkedHashMap<>();
        attributes.put(XOR_PEER_ADDRESS, xorAddress(peer));
        attributes.put(DATA, data);
        byte[] message = message(SEND_INDICATION, new byte[12], attributes, false);
        socket.send(new DatagramPacket(message, message.length, server));
    }

    private Map<Integer, byte[]> transact(int method, Map<Integer, byte[]> attributes, boolean signed)
            throws IOException {
        byte[] transaction = new byte[12];
        ThreadLocalRandom.current().nextBytes(transaction);
        Map<Integer, byte[]> all = new LinkedHashMap<>(attributes);
        if (signed) {
            all.put(USERNAME, username.getBytes(StandardCharsets.UTF_8));
            all.put(REALM, realm);
            all.put(NONCE, nonce);
        }
        byte[] request = message(method, transaction, all, signed);
        socket.send(new DatagramPacket(request, request.length, server));
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        do {
            socket.receive(packet); // fails after the socket's timeout: a relay that does not answer
        } while (!Arrays.equals(Arrays.copyOfRange(packet.getData(), 8, 20), transaction));
        ByteBuffer answer = ByteBuffer.wrap(packet.getData(), 0, packet.getLength());
        int type = answer.getShort() & 0xffff;
        assertEquals(method, type & ~ERROR, "the answer belongs to the request");
        answer.position(20);
        Map<Integer, byte[]> read = new HashMap<>();
        while (answer.remaining() >= 4) {
            int attribute = answer.getShort() & 0xffff;
            byte[] value = new byte[answer.getShort() & 0xffff];
            answer.get(value);
            answer.position(answer.position() + (4 - value.length % 4) % 4);
            read.putIfAbsent(attribute, value);
        }
        if ((type & ERROR) == ERROR && !read.containsKey(ERROR_CODE)) {
            throw new IOException("an error answer without an ERROR-CODE");
        }
        if ((type & ERROR) != SUCCESS && (type & ERROR) != ERROR) {
            throw new IOException("an answer of type " + Integer.toHexString(type));
        }
        return read;
    }

    private byte[] message(int type, byte[] transaction, Map<Integer, byte[]> attributes, boolean signed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        attributes.forEach((attribute, value) -> body.writeBytes(attribute(attribute, value)));
        int integrityLength = signed ? 24 : 0;
        ByteBuffer header = ByteBuffer.allocate(20).putShort((short) type)
                .putShort((short) (body.size() + integrityLength)).putInt(MAGIC_COOKIE).put(transaction);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(header.array());
        message.writeBytes(body.toByteArray());
        if (signed) {
            message.writeBytes(attribute(MESSAGE_INTEGRITY, hmacSha1(key, message.toByteArray())));
        }
        return message.toByteArray();
    }

    private static byte[] attribute(int type, byte[] value) {
        ByteBuffer attribute = ByteBuffer.allocate(4 + value.length + (4 - value.length % 4) % 4);
        attribute.putShort((short) type).putShort((short) value.length).put(value);
        return attribute.array();
    }

    private static int errorCode(Map<Integer, byte[]> answer) {
        byte[] value = answer.get(ERROR_CODE);
        return value == null ? 0 : (value[2] & 0x07) * 100 + (value[3] & 0xff);
    }

    private static InetSocketAddress xorAddress(byte[] value) throws IOException {
        ByteBuffer read = ByteBuffer.wrap(value);
        read.get();
        assertEquals(1, read.get(), "an IPv4 address");
        int port = (read.getShort() & 0xffff) ^ (MAGIC_COOKIE >>> 16);
        byte[] address = ByteBuffer.allocate(4).putInt(read.getInt() ^ MAGIC_COOKIE).array();
        return new InetSocketAddress(InetAddress.getByAddress(address), port);
    }

    private static byte[] xorAddress(InetSocketAddress address) {
        int ip = ByteBuffer.wrap(address.getAddress().getAddress()).getInt();
        return ByteBuffer.allocate(8).put((byte) 0).put((byte) 1)
                .putShort((short) (address.getPort() ^ (MAGIC_COOKIE >>> 16))).putInt(ip ^ MAGIC_COOKIE).array();
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
