package dev.callbench.server.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

import dev.callbench.server.internal.admin.AdminService;
import dev.callbench.server.internal.auth.TokenService;
import dev.callbench.server.internal.config.ServerConfig.TlsConfig;
import dev.callbench.server.internal.push.PushChannel;
import dev.callbench.server.internal.signaling.SignalingService;
import dev.callbench.server.internal.wire.AuthEndpoints;
import dev.callbench.server.internal.wire.CtiService;

/** The Jetty server: one connector on the configured address, HTTPS when a key store is configured. */
public final class HttpServer {

    /** An offer with its candidates is a few kilobytes; a frame beyond this is an attack or a bug. */
    private static final int MAX_SIGNALING_FRAME_BYTES = 64 * 1024;
    /**
     * connect-rtc-js sends nothing on the signaling socket while a call is talking, so the socket may be quiet for
     * the whole call; the server ends it with a bye when the contact ends.
     */
    private static final Duration SIGNALING_IDLE_TIMEOUT = Duration.ofHours(12);

    private final Server server;
    private final ServerConnector connector;
    private final boolean secure;

    public HttpServer(String host, int port, TlsConfig tls, long idleTimeoutMillis) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("callbench-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.secure = tls != null && tls.keyStore() != null;
        this.connector = secure ? tlsConnector(tls) : new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeoutMillis);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);
        server.setErrorHandler(new ProtocolErrors());
        server.setStopTimeout(0);
    }

    /** Binds the port, so that its number is known before the services are built. */
    public void open() throws Exception {
        connector.open();
    }

    public void serve(HttpServices services) throws Exception {
        Cors cors = new Cors(services.allowedOrigins());
        server.setHandler(new FrontDoor(services.cti(), new AuthEndpoints(services.tokens(), secure),
                services.admin(), new WebSockets(webSockets(), services.signaling(), services.push()), cors,
                new Gate(connector.getHost(), services.allowedHosts(), cors), services.maxBodyBytes()));
        server.start();
    }

    private ServerWebSocketContainer webSockets() {
        ServerWebSocketContainer container = ServerWebSocketContainer.ensure(server);
        container.setMaxTextMessageSize(MAX_SIGNALING_FRAME_BYTES);
        container.setIdleTimeout(SIGNALING_IDLE_TIMEOUT);
        return container;
    }

    /** What the front door serves. */
    public record HttpServices(CtiService cti, TokenService tokens, AdminService admin, SignalingService signaling,
            PushChannel push, List<String> allowedOrigins, List<String> allowedHosts, int maxBodyBytes) {
    }

    private ServerConnector tlsConnector(TlsConfig tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore());
        ssl.setKeyStorePassword(tls.keyStorePassword());
        HttpConfiguration https = new HttpConfiguration();
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        return new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    }

    public void stop() throws Exception {
        server.stop();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI baseUri() {
        String host = connector.getHost();
        return URI.create((secure ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + port());
    }
}
