package dev.callbench.cti.internal.model;

import java.util.List;
import java.util.concurrent.CompletionException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.WireReaders;
import dev.callbench.cti.internal.wire.WireValues;

/** Reads one page of a {@code GetEndpoints} answer: {@code {"endpoints": [...], "nextToken": ...}}. */
final class EndpointsAnswer {

    private EndpointsAnswer() {
    }

    /** Adds the page's endpoints to {@code found}; answers the next page's token, or null after the last. */
    static String read(JsonObject answer, List<dev.callbench.api.Endpoint> found) {
        try {
            JsonArray endpoints = WireValues.array(answer, "endpoints", "GetEndpoints");
            for (int i = 0; i < endpoints.size(); i++) {
                found.add(WireReaders.endpoint(WireValues.item(endpoints, i, "endpoints"), "endpoints[" + i + "]"));
            }
            return endpoints.isEmpty() ? null : WireValues.optionalText(answer, "nextToken", "GetEndpoints");
        } catch (MalformedSnapshotException e) {
            throw new CompletionException(CtiContactCenter.unreadable(e));
        }
    }
}
