package dev.callbench.cti.internal;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
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
import dev.callbench.cti.internal.model.Messages;

/**
 * The CTI client as an OSGi component: signs agents in on request ({@link CtiConnector}), which
 * {@link ConfiguredSignIn} does for a configuration (PID {@code dev.callbench.cti}), and at start as the command line
 * says ({@link CommandLineSignIn}); the signed-in agent's {@link ContactCenter} is registered
 * ({@link ContactCenterRegistration}) while the latest sign-in holds ({@link LatestSignIn}). A sign-in that fails is
 * told to the agent as a {@link CoreEvents} problem.
 */
@Component(service = CtiConnector.class, immediate = true)
public final class CtiClientComponent implements CtiConnector {

    private static final Logger LOG = LoggerFactory.getLogger(CtiClientComponent.class);
    /**
     * The sentences reach the agent inside the events on the bus (the window shows a ContactCenterProblem's sentence,
     * and its own words on CONNECTION_LOST), and EventPublisher logs what went wrong: nobody is left to tell here.
     */
    private static final Consumer<String> TOLD_THROUGH_THE_EVENTS = sentence -> {
    };

    @Reference
    private EventBus bus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContactActionHooks hooks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private CtiResources resources;
    private LatestSignIn signIns;

    @Activate
    void activate(BundleContext context) {
        resources = new CtiResources();
        signIns = new LatestSignIn(new ContactCenterRegistration(context));
        signInAsTheCommandLineSays(context);
    }

    private void signInAsTheCommandLineSays(BundleContext context) {
        try {
            CommandLineSignIn.settings(context::getProperty).ifPresent(this::connect);
        } catch (IOException e) {
            LOG.error("The password file that {} names could not be read", CommandLineSignIn.PASSWORD_FILE, e);
            initFailed(Messages.passwordUnreadable);
        }
    }

    @Deactivate
    void deactivate() {
        signIns.signOut();
        resources.close();
    }

    @Override
    public CompletionStage<ContactCenter> connect(CtiSettings settings) {
        long attempt = signIns.begin();
        LOG.info("Signing in to the CTI service: {}", settings);
        CompletionStage<ContactCenter> signedIn = CtiClient.connect(settings, resources.http(), resources.timer(),
                bus::publish, TOLD_THROUGH_THE_EVENTS, () -> hooks)
                .thenApply(client -> signIns.keep(attempt, client));
        signedIn.whenComplete((center, failure) -> {
            if (failure != null && !(failure.getCause() instanceof CancellationException)) {
                LOG.error("Signing in to the CTI service as {} failed", settings.login(), failure);
                CoreProblems.signInFailed(eventAdmin, failure);
            }
        });
        return signedIn;
    }

    @Override
    public void initFailed(String problem) {
        CoreProblems.post(eventAdmin, CoreEvents.INIT_FAILURE, problem);
    }

    @Override
    public void disconnect() {
        signIns.signOut();
    }
}
