package dev.callbench.cti.connect;

/**
 * Who signs in where, as a Configuration Admin configuration with the PID {@value #PID}: while it exists the CTI
 * client keeps that agent signed in, signs in again when it is updated, and signs out when it is deleted. The
 * workbench's sign-in writes it, with the password from Eclipse secure storage:
 *
 * <pre>{@code
 * configurationAdmin.getConfiguration(CtiSignInConfiguration.PID, "?").update(new Hashtable<>(Map.of(
 *         CtiSignInConfiguration.ENDPOINT, "https://cti.example.com/api", CtiSignInConfiguration.LOGIN, login,
 *         CtiSignInConfiguration.PASSWORD, password)));
 * }</pre>
 *
 * The password's property name starts with a dot, so Declarative Services never makes it a service property.
 */
public @interface CtiSignInConfiguration {

    String PID = "dev.callbench.cti";
    String ENDPOINT = "endpoint";
    String LOGIN = "login";
    String PASSWORD = ".password";

    /** The CTI service, such as {@code http://127.0.0.1:8080/api}. */
    String endpoint();

    String login();

    /** The property {@value #PASSWORD}: Declarative Services maps the leading underscore to a dot. */
    String _password();
}
