package dev.callbench.server.launcher.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.cti.connect.CtiConnector;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiSignInConfiguration;
import dev.callbench.cti.connect.CtiTimings;

/**
 * When no contact center is configured ({@value #ENDPOINT_PROPERTY} is not set), starts the local contact center
 * as a process of its own and signs the agent in to it; stops it when the workbench stops. The agent is the one
 * named by {@value #AGENT_PROPERTY}, or the first of the local contact center's configuration.
 * <p>
 * When the server's process ends by itself (a crash, a SIGKILL), it is started again, after 1 s and then after twice
 * as long each time it fails again (at most {@value #LONGEST_BACK_OFF_SECONDS} s), and the agent is signed in to the
 * new one; the agent is told that calls in progress were lost, and told to restart Callbench after
 * {@value #FAILURES_BEFORE_GIVING_UP_WORD} failures in a row (the launcher keeps trying).
 * <p>
 * The server's JVM starts once the workbench window is up (e4's start-up-complete event), so that the two do not
 * compete for the processor while the agent waits for the window; without a workbench, after {@value #LONGEST_WAIT_SECONDS} s.
 * <p>
 * While the agent has chosen a contact center of their own (the configuration {@value CtiSignInConfiguration#PID},
 * which the workbench's Settings write, names one), the local contact center is not started, or is stopped; it is
 * started again, and the agent signed in to it, when they choose it again (the configuration is deleted).
 */
@Component(immediate = true, configurationPid = CtiSignInConfiguration.PID,
        property = EventConstants.EVENT_TOPIC + "=" + LocalContactCenterLauncher.WORKBENCH_STARTED)
public final class LocalContactCenterLauncher implements EventHandler {

    /** e4's {@code UIEvents.UILifeCycle.APP_STARTUP_COMPLETE}, named here so that this bundle needs no UI. */
    static final String WORKBENCH_STARTED = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
    static final long LONGEST_WAIT_SECONDS = 20;
    static final long LONGEST_BACK_OFF_SECONDS = 30;
    static final int FAILURES_BEFORE_GIVING_UP_WORD = 3;
    /** A server that ran this long was healthy: its death starts the back-off from the beginning. */
    private static final long STABLE_SECONDS = 60;

    static final String ENDPOINT_PROPERTY = "callbench.cti.endpoint";
    static final String AGENT_PROPERTY = "callbench.local.agent";
    private static final String SERVER_BUNDLE = "dev.callbench.server";
    private static final String LOG_BINDING = "slf4j.simple";
    private static final Logger LOG = LoggerFactory.getLogger(LocalContactCenterLauncher.class);

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "callbench-local-contact-center"));
    private final AtomicBoolean started = new AtomicBoolean();
    private final CtiConnector connector;
    private final BundleContext context;
    private volatile ServerProcess server;
    private volatile boolean stopping;
    /** The agent chose a contact center of their own: the local one stays stopped. */
    private volatile boolean anotherChosen;
    /** Deaths and failed starts since the server last ran stably; the worker's thread only. */
    private int failuresInARow;

    @Activate
    public LocalContactCenterLauncher(@Reference CtiConnector connector, BundleContext context,
            Map<String, Object> signIn) {
        this.connector = connector;
        this.context = context;
        this.anotherChosen = anotherContactCenter(signIn);
        if (context.getProperty(ENDPOINT_PROPERTY) != null) {
            LOG.info("A contact center is configured; the local contact center is not started");
            started.set(true);
            return;
        }
        worker.schedule(this::startOnce, LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void handleEvent(Event workbenchStarted) {
        worker.execute(this::startOnce);
    }

    /** The agent's choice of contact center changed. */
    @Modified
    void signInChanged(Map<String, Object> signIn) {
        boolean another = anotherContactCenter(signIn);
        if (another != anotherChosen) {
            anotherChosen = another;
            worker.execute(another ? this::stepAside : this::comeBack);
        }
    }

    private static boolean anotherContactCenter(Map<String, Object> signIn) {
        return signIn.get(CtiSignInConfiguration.ENDPOINT) != null;
    }

    private void stepAside() {
        ServerProcess running = server;
        server = null; // its death is no crash now
        failuresInARow = 0;
        if (running != null) {
            try {
                running.stop();
                LOG.info("The agent chose another contact center: the local contact center is stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void comeBack() {
        if (started.get() && server == null) {
            LOG.info("The agent chose the local contact center again: starting it");
            startAndSignIn();
        }
    }

    private void startOnce() {
        if (started.compareAndSet(false, true)) {
            startAndSignIn();
        }
    }

    private void startAndSignIn() {
        if (stopping || anotherChosen) {
            return;
        }
        try {
            Path work = context.getDataFile("local-contact-center").toPath();
            LocalConfiguration configuration = LocalConfiguration.copyFrom(bundle(context, SERVER_BUNDLE), work);
            String classPath = ServerClassPath.of(bundle(context, SERVER_BUNDLE), bundle(context, LOG_BINDING));
            ServerProcess started = ServerProcess.start(classPath, configuration.file(), work);
            server = started;
            LOG.info("Local contact center started as process {} on port {}", started.pid(), started.port());
            started.onExit().thenRun(() -> {
                if (!stopping) {
                    worker.execute(() -> died(started));
                }
            });
            LocalConfiguration.Agent agent = configuration.agent(Optional.ofNullable(context.getProperty(AGENT_PROPERTY)));
            URI endpoint = URI.create("http://127.0.0.1:" + started.port() + "/api");
            // CtiConnector, not a configuration dev.callbench.cti: this sign-in holds for this run's port only, while
            // that configuration is the agent's own choice of contact center, which the workbench's sign-in writes
            if (anotherChosen) { // chosen while this server started: stepAside, queued behind this, stops it
                return;
            }
            connector.connect(new CtiSettings(endpoint, agent.login(), agent.password(), CtiTimings.standard()))
                    .whenComplete((center, failure) -> logSignIn(agent, failure));
        } catch (InterruptedException e) {
            LOG.info("The workbench stopped while the local contact center was starting");
        } catch (Exception e) {
            LOG.error("The local contact center could not be started", e);
            if (failuresInARow == 0 && server == null) {
                connector.initFailed(Messages.localContactCenterNotStarted);
            } else {
                startAgainLater();
            }
        }
    }

    /** The server's process ended without being asked to: its calls are gone; a new one is started. */
    private void died(ServerProcess dead) {
        if (stopping || dead != server) {
            return;
        }
        LOG.warn("The local contact center (process {}) ended by itself with exit code {} after {} s; starting it again",
                dead.pid(), dead.exitValue(), dead.uptime().toSeconds());
        dead.forget();
        if (dead.uptime().toSeconds() >= STABLE_SECONDS) {
            failuresInARow = 0;
        }
        connector.initFailed(Messages.localContactCenterRestarting);
        startAgainLater();
    }

    private void startAgainLater() {
        long delaySeconds = Math.min(LONGEST_BACK_OFF_SECONDS, 1L << Math.min(failuresInARow, 5));
        failuresInARow++;
        if (failuresInARow > FAILURES_BEFORE_GIVING_UP_WORD) {
            connector.initFailed(Messages.localContactCenterKeepsFailing);
        }
        try {
            worker.schedule(this::startAndSignIn, delaySeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            LOG.info("The workbench stopped: the local contact center is not started again");
        }
    }

    private static void logSignIn(LocalConfiguration.Agent agent, Throwable failure) {
        if (failure == null) {
            LOG.info("Signed in to the local contact center as {}", agent.login());
        } else {
            LOG.error("Signing in to the local contact center as {} failed", agent.login(), failure);
        }
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new IllegalStateException("bundle " + symbolicName + " is not installed");
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopping = true;
        worker.shutdownNow(); // interrupts a start still under way, which then ends its process
        worker.awaitTermination(15, TimeUnit.SECONDS);
        connector.disconnect();
        if (server != null) {
            server.stop();
            LOG.info("Local contact center stopped");
        }
    }
}
