package dev.callbench.cti.internal.wire;

import static dev.callbench.cti.internal.wire.WireValues.optionalFlag;
import static dev.callbench.cti.internal.wire.WireValues.optionalText;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.IceServer;
import dev.callbench.api.SoftphoneCallType;
import dev.callbench.api.SoftphoneMediaInfo;

/**
 * Reads a connection's softphone media info, including its {@code callConfigJson}: a JSON string (HTML
 * {@code &quot;} escapes accepted, as Streams accepts them) with the signaling endpoint and ICE servers.
 */
final class SoftphoneReader {

    private SoftphoneReader() {
    }

    static SoftphoneMediaInfo mediaInfo(JsonObject json, String path) throws MalformedSnapshotException {
        if (json == null) {
            return null;
        }
        String configText = optionalText(json, "callConfigJson", path);
        JsonObject config = configText == null ? new JsonObject() : callConfig(configText, path);
        return new SoftphoneMediaInfo(WireEnums.read(json, "callType", path, SoftphoneCallType.class),
                optionalFlag(json, "autoAccept", path), optionalText(json, "callContextToken", path),
                signalingEndpoint(config, path), iceServers(config, path));
    }

    private static JsonObject callConfig(String text, String path) throws MalformedSnapshotException {
        try {
            JsonElement config = JsonParser.parseString(text.replace("&quot;", "\""));
            if (config.isJsonObject()) {
                return config.getAsJsonObject();
            }
        } catch (RuntimeException e) {
            // reported below, in words
        }
        throw new MalformedSnapshotException(path + ".callConfigJson is not a JSON object");
    }

    private static URI signalingEndpoint(JsonObject config, String path) throws MalformedSnapshotException {
        String endpoint = optionalText(config, "signalingEndpoint", path + ".callConfigJson");
        try {
            return endpoint == null ? null : new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new MalformedSnapshotException(path + ".callConfigJson.signalingEndpoint is not an address");
        }
    }

    private static List<IceServer> iceServers(JsonObject config, String path) throws MalformedSnapshotException {
        if (WireValues.isAbsent(config, "iceServers")) {
            return new ArrayList<>();
        }
        return iceServerList(WireValues.array(config, "iceServers", path + ".callConfigJson"),
                path + ".callConfigJson.iceServers");
    }

    /** A list of RTCIceServer objects ({@code urls}, {@code username}, {@code credential}). */
    static List<IceServer> iceServerList(JsonArray list, String listPath) throws MalformedSnapshotException {
        List<IceServer> servers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject server = WireValues.item(list, i, listPath);
            servers.add(new IceServer(urls(server.get("urls"), listPath + "[" + i + "]"),
                    optionalText(server, "username", listPath), optionalText(server, "credential", listPath)));
        }
        return servers;
    }

    private static List<String> urls(JsonElement urls, String path) throws MalformedSnapshotException {
        List<String> list = new ArrayList<>();
        if (urls != null && urls.isJsonPrimitive() && urls.getAsJsonPrimitive().isString()) {
            list.add(urls.getAsString());
        } else if (urls != null && urls.isJsonArray()) {
            for (JsonElement url : urls.getAsJsonArray()) {
                if (!url.isJsonPrimitive() || !url.getAsJsonPrimitive().isString()) {
                    throw new MalformedSnapshotException(path + ".urls holds something that is not a string");
                }
                list.add(url.getAsString());
            }
        } else {
            throw new MalformedSnapshotException(path + ".urls is missing");
        }
        return list;
    }
}
