package dev.callbench.cti.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.internal.suite.ContactActionHooks;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiConnector;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;

/**
 * The CTI client as an OSGi component: signs agents in on request ({@link CtiConnector}), or at start when
 * the framework properties {@code callbench.cti.endpoint}, {@code callbench.cti.login} and
 * {@code callbench.cti.password} are set, and registers the signed-in agent's {@link ContactCenter} with
 * the property {@value #PROVIDER_PROPERTY}={@value #PROVIDER}. Another contact center replaces it by
 * registering its own {@link ContactCenter} with a higher {@code service.ranking}. A sign-in that fails is told to
 * the agent as a {@link CoreEvents} problem.
 */
@Component(service = CtiConnector.class, immediate = true)
public final class CtiClientComponent implements CtiConnector {

    public static final String PROVIDER_PROPERTY = "callbench.contactcenter.provider";
    public static final String PROVIDER = "cti";

    private static final Logger LOG = LoggerFactory.getLogger(CtiClientComponent.class);

    @Reference
    private EventBus bus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContactActionHooks hooks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private BundleContext context;
    private ScheduledExecutorService timer;
    private HttpClient http; // guarded by this
    private CtiClient client;
    private ServiceRegistration<ContactCenter> registration;
    /** Counts sign-ins and sign-outs: a sign-in that completes after a later one of either is not kept. */
    private long attempts;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("callbench-cti-timer")
                .factory());
        String endpoint = context.getProperty("callbench.cti.endpoint");
        if (endpoint != null) {
            connect(new CtiSettings(URI.create(endpoint), context.getProperty("callbench.cti.login"),
                    context.getProperty("callbench.cti.password"), CtiTimings.standard()));
        }
    }

    @Deactivate
    synchronized void deactivate() {
        disconnect();
        timer.shutdownNow();
        if (http != null) {
            http.shutdownNow();
        }
    }

    @Override
    public synchronized CompletionStage<ContactCenter> connect(CtiSettings settings) {
        disconnect();
        long attempt = attempts;
        LOG.info("Signing in to the CTI service: {}", settings);
        CompletionStage<ContactCenter> signedIn = CtiClient.connect(settings, http(), timer, bus::publish,
                problem -> LOG.warn("Told the agent: {}", problem), () -> hooks)
                .thenApply(connected -> register(connected, attempt));
        signedIn.whenComplete((center, failure) -> {
            if (failure != null && !(failure.getCause() instanceof CancellationException)) {
                LOG.error("Signing in to the CTI service as {} failed", settings.login(), failure);
                CoreProblems.signInFailed(eventAdmin, failure);
            }
        });
        return signedIn;
    }

    // made at the first sign-in, not at activation: building one takes ~300 ms (TLS set-up) before the window is up
    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    @Override
    public void initFailed(String problem) {
        CoreProblems.post(eventAdmin, CoreEvents.INIT_FAILURE, problem);
    }

    @Override
    public synchronized void disconnect() {
        attempts++;
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private synchronized ContactCenter register(CtiClient connected, long attempt) {
        if (attempt != attempts) {
            connected.close();
            throw new CancellationException("signed out, or signed in again, before this sign-in completed");
        }
        client = connected;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PROVIDER_PROPERTY, PROVIDER);
        properties.put(Constants.SERVICE_RANKING, 0);
        registration = context.registerService(ContactCenter.class, connected.contactCenter(), properties);
        return connected.contactCenter();
    }
}
