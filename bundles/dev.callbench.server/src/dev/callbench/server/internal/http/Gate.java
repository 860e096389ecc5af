package dev.callbench.server.internal.http;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every request passes before any endpoint sees it. The Host it names must be this server's (a page on a
 * domain that rebinds to 127.0.0.1 names its own domain, so DNS rebinding gets nowhere). A browser's request from
 * another origin must come from an origin the configuration allows: browsers send such "simple" requests (a form, a
 * text/plain POST) without asking first, so refusing them here, before anything changes, is what stops a page the
 * agent visits from driving the server (CSRF). The admin API takes only origins listed by name, never {@code *}.
 */
final class Gate {

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::", "[::]");

    private final Set<String> hosts;
    private final Cors cors;

    Gate(String boundHost, List<String> allowedHosts, Cors cors) {
        Set<String> names = new HashSet<>(LOOPBACK_NAMES);
        names.addAll(allowedHosts);
        if (!ANY_ADDRESS.contains(boundHost)) {
            names.add(boundHost);
        }
        this.hosts = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.cors = cors;
    }

    /** The request names this server: its Host header, without the port, is one of its names. */
    boolean isForThisServer(String hostHeader) {
        return hostHeader != null && hosts.contains(hostName(hostHeader));
    }

    /**
     * A request without an Origin (not from a browser page, or a same-origin GET) or from this server's own origin
     * passes; another origin passes where the configuration allows it.
     */
    boolean admitsOrigin(String origin, String hostHeader, boolean admin) {
        if (origin == null || isOwnOrigin(origin, hostHeader)) {
            return true;
        }
        return admin ? cors.listsByName(origin) : cors.allows(origin);
    }

    private static boolean isOwnOrigin(String origin, String hostHeader) {
        try {
            URI uri = URI.create(origin);
            return uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(hostHeader);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static String hostName(String hostHeader) {
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
