package dev.callbench.cti.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;

/**
 * The sign-in that a command line asks for, in framework properties: {@value #ENDPOINT}, {@value #LOGIN}, and the
 * password as the first line of the file {@value #PASSWORD_FILE} names. The password itself is never on the command
 * line, where every user of the machine can read it; {@value #RETIRED_PASSWORD} is not read any more.
 */
public final class CommandLineSignIn {

    public static final String ENDPOINT = "callbench.cti.endpoint";
    public static final String LOGIN = "callbench.cti.login";
    public static final String PASSWORD_FILE = "callbench.cti.passwordFile";
    public static final String RETIRED_PASSWORD = "callbench.cti.password";

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineSignIn.class);

    private CommandLineSignIn() {
    }

    /** The sign-in the properties ask for, none without an endpoint; fails when the password file cannot be read. */
    public static Optional<CtiSettings> settings(UnaryOperator<String> properties) throws IOException {
        String endpoint = properties.apply(ENDPOINT);
        if (endpoint == null) {
            return Optional.empty();
        }
        if (properties.apply(RETIRED_PASSWORD) != null) {
            LOG.warn("{} is not read: a password does not belong on a command line. Name a file holding it with {}",
                    RETIRED_PASSWORD, PASSWORD_FILE);
        }
        return Optional.of(new CtiSettings(URI.create(endpoint), properties.apply(LOGIN),
                password(properties.apply(PASSWORD_FILE)), CtiTimings.standard()));
    }

    private static String password(String file) throws IOException {
        if (file == null) {
            return null; // the contact center refuses the sign-in, and the agent is told so
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
}
