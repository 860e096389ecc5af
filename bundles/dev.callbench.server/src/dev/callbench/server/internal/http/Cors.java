package dev.callbench.server.internal.http;

import java.util.List;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/** Cross-origin access for browser pages (Streams on another origin), only for the configured origins. */
final class Cors {

    private static final String ALLOWED_HEADERS =
            "Content-Type, X-Amz-Target, X-Amz-Bearer, X-Amz-User-Agent, X-Amz-Date, X-Callbench-Admin-Key";

    private final List<String> allowedOrigins;

    Cors(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    boolean allows(String origin) {
        return origin != null && (allowedOrigins.contains(origin) || allowedOrigins.contains("*"));
    }

    /** Adds the CORS headers to an answer for an allowed origin; nothing for others. */
    void decorate(String origin, HttpFields.Mutable headers) {
        if (allows(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.add(HttpHeader.VARY, "Origin");
        }
    }

    void decoratePreflight(String origin, HttpFields.Mutable headers) {
        decorate(origin, headers);
        if (allows(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
        }
    }
}
