package dev.callbench.softphone.internal.session;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.IceServer;
import dev.callbench.api.SoftphoneMediaInfo;

/** The arguments of the engine's session operations (docs/protocol/media-engine.md). */
public final class SessionArguments {

    private SessionArguments() {
    }

    static JsonObject contact(String contactId) {
        JsonObject args = new JsonObject();
        args.addProperty("contactId", contactId);
        return args;
    }

    /** A session's arguments; {@code onDevices}: on the system's microphone and speaker, else headless. */
    static JsonObject of(String contactId, SoftphoneMediaInfo media, SessionAudio audio, boolean onDevices) {
        JsonObject args = contact(contactId);
        args.addProperty("signalingEndpoint", String.valueOf(media.signalingEndpoint()));
        args.addProperty("callContextToken", media.callContextToken());
        args.add("iceServers", iceServers(media));
        args.addProperty("iceCollectionTimeoutMillis", audio.iceCollectionTimeoutMillis());
        args.addProperty("audio", onDevices ? SessionAudio.DEVICES : SessionAudio.HEADLESS);
        args.addProperty("sendToneHz", audio.sendToneHz());
        JsonArray listen = new JsonArray();
        for (double hz : audio.listenForHz()) {
            listen.add(hz);
        }
        args.add("listenFor", listen);
        return args;
    }

    /** The media info's ICE servers as the engine takes them: {@code [{urls, username, credential}]}. */
    public static JsonArray iceServers(SoftphoneMediaInfo media) {
        return iceServers(media.iceServers());
    }

    static JsonArray iceServers(List<IceServer> iceServers) {
        JsonArray servers = new JsonArray();
        for (IceServer server : iceServers) {
            JsonObject json = new JsonObject();
            JsonArray urls = new JsonArray();
            server.urls().forEach(urls::add);
            json.add("urls", urls);
            json.addProperty("username", server.username());
            json.addProperty("credential", server.credential());
            servers.add(json);
        }
        return servers;
    }
}
