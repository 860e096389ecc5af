package dev.callbench.server.internal;

import java.net.URI;

/** Where a running local contact center answers; its CTI service is at {@code /api} under this address. */
public interface LocalContactCenterEndpoint {

    URI baseUri();
}
