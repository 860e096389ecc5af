package dev.callbench.cti.internal.wire;

import java.util.List;

import com.google.gson.JsonObject;

import dev.callbench.api.IceServer;

/**
 * Reads {@code CreateTransport}'s answer for {@code transportType} {@code softphone}, as connect-rtc-js reads it:
 * {@code softphoneTransport.softphoneMediaConnections}, a list of RTCIceServer objects.
 */
public final class SoftphoneTransport {

    private SoftphoneTransport() {
    }

    public static List<IceServer> iceServers(JsonObject answer) throws MalformedSnapshotException {
        JsonObject transport = WireValues.object(answer, "softphoneTransport", "CreateTransport");
        return List.copyOf(SoftphoneReader.iceServerList(WireValues.array(transport, "softphoneMediaConnections",
                "CreateTransport.softphoneTransport"), "CreateTransport.softphoneTransport.softphoneMediaConnections"));
    }
}
