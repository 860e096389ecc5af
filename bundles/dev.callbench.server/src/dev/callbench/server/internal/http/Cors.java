package dev.callbench.server.internal.http;

import java.util.List;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Cross-origin access for browser pages (Streams on another origin), only for the configured origins. An origin
 * listed by name gets a grant with credentials (the session cookie); {@code *} grants any origin, without
 * credentials, as browsers require. The opaque origin {@code null} (sandboxed frames, local files) is never allowed.
 */
final class Cors {

    private static final String ANY = "*";
    private static final String OPAQUE = "null";
    private static final String ALLOWED_HEADERS =
            "Content-Type, X-Amz-Target, X-Amz-Bearer, X-Amz-User-Agent, X-Amz-Date, X-Callbench-Admin-Key";

    private final List<String> allowedOrigins;

    Cors(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    boolean allows(String origin) {
        return listsByName(origin) || (origin != null && !OPAQUE.equals(origin) && allowedOrigins.contains(ANY));
    }

    boolean listsByName(String origin) {
        return origin != null && !OPAQUE.equals(origin) && !ANY.equals(origin) && allowedOrigins.contains(origin);
    }

    /** Adds the CORS headers to an answer for an allowed origin; nothing for others. */
    void decorate(String origin, HttpFields.Mutable headers) {
        if (listsByName(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.add(HttpHeader.VARY, "Origin");
        } else if (allows(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, ANY);
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
