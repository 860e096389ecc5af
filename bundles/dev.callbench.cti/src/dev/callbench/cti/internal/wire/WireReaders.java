package dev.callbench.cti.internal.wire;

import com.google.gson.JsonObject;

import dev.callbench.api.Endpoint;

/** The readers of single model values that other parts of the client need besides snapshots. */
public final class WireReaders {

    private WireReaders() {
    }

    /** An endpoint (quick connect, phone number) as the CTI service writes it. */
    public static Endpoint endpoint(JsonObject json, String path) throws MalformedSnapshotException {
        return ContactReader.endpoint(json, path);
    }
}
