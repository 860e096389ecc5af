package dev.callbench.cti.internal;

import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.internal.suite.ContactActionHooks;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.internal.model.CtiContactCenter;
import dev.callbench.cti.internal.model.EventPublisher;
import dev.callbench.cti.internal.model.ProfileLoader;
import dev.callbench.cti.internal.sync.AgentSession;
import dev.callbench.cti.internal.wire.CtiHttp;
import dev.callbench.cti.internal.wire.PasswordSignIn;

/**
 * One agent's CTI client, put together: signs in, loads the agent's profile, then long-polls and publishes
 * events until closed. The OSGi component registers its {@link #contactCenter()}; tests and the benchmark
 * use it directly.
 */
public final class CtiClient implements AutoCloseable {

    private final AgentSession session;
    private final CtiContactCenter contactCenter;

    private CtiClient(AgentSession session, CtiContactCenter contactCenter) {
        this.session = session;
        this.contactCenter = contactCenter;
    }

    /**
     * Signs in as {@code settings} say; completes with a running client once the agent's profile is loaded
     * and the first poll is under way. Events go to {@code events} in order, sentences for the agent about
     * problems to {@code problems}.
     */
    public static CompletableFuture<CtiClient> connect(CtiSettings settings, HttpClient http,
            ScheduledExecutorService timer, Consumer<CallbenchEvent> events, Consumer<String> problems,
            Supplier<ContactActionHooks> hooks) {
        CtiHttp cti = new CtiHttp(http, settings.endpoint());
        AgentSession session = new AgentSession(cti,
                new PasswordSignIn(http, cti, settings.login(), settings.password()), timer, settings.timings());
        return session.signIn().thenCompose(signedIn -> new ProfileLoader(session::call).load())
                .thenApply(profile -> {
                    EventPublisher publisher = new EventPublisher(profile, events, problems);
                    session.poll(publisher);
                    return new CtiClient(session, new CtiContactCenter(session, publisher, hooks, events));
                }).whenComplete((client, failure) -> {
                    if (failure != null) {
                        session.stop();
                    }
                });
    }

    public CtiContactCenter contactCenter() {
        return contactCenter;
    }

    @Override
    public void close() {
        session.stop();
    }
}
