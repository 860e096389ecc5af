package dev.callbench.cti.connect;

import java.net.URI;


/**
 * Where the CTI service is ({@code http://127.0.0.1:8080/api}) and who signs in. {@link #toString()} never
 * shows the password.
 */
public record CtiSettings(URI endpoint, String login, String password, CtiTimings timings) {

    @Override
    public String toString() {
        return "CtiSettings[endpoint=" + endpoint + ", login=" + login + "]";
    }
}
