package dev.callbench.server.internal.media;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.media.internal.IceServer;
import dev.callbench.server.internal.center.SoftphoneLeg;
import dev.callbench.server.internal.wire.IceServers;

/**
 * The ICE servers the call's softphone is handed ({@code iceServers} of its softphone media info: the call's own
 * expiring credentials on the contact center's coturn, or a team's configured TURN server). The endpoint's peer relays
 * through the same, since media on these machines goes through a relay or not at all. Entries without a URL are left
 * out.
 */
public final class SoftphoneIceServers implements IceServersForCall {

    private final IceServers servers;

    public SoftphoneIceServers(IceServers servers) {
        this.servers = servers;
    }

    @Override
    public List<IceServer> forCall(SoftphoneLeg leg) {
        return read(servers.forContact(leg.contactId()));
    }

    private static List<IceServer> read(JsonArray iceServers) {
        List<IceServer> read = new ArrayList<>();
        for (JsonElement entry : iceServers) {
            if (entry.isJsonObject()) {
                JsonObject server = entry.getAsJsonObject();
                List<String> urls = urls(server.get("urls"));
                if (!urls.isEmpty()) {
                    read.add(new IceServer(urls, text(server.get("username")), text(server.get("credential"))));
                }
            }
        }
        return List.copyOf(read);
    }

    /** RTCIceServer.urls: one URL or a list of them. */
    private static List<String> urls(JsonElement urls) {
        List<String> found = new ArrayList<>();
        if (urls != null && urls.isJsonArray()) {
            urls.getAsJsonArray().forEach(url -> found.add(text(url)));
        } else {
            found.add(text(urls));
        }
        found.removeIf(url -> url == null || url.isBlank());
        return found;
    }

    private static String text(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }
}
