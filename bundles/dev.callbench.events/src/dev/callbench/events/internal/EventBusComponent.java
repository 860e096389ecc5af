package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.EventBus;
import dev.callbench.api.service.EventBusMetrics;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.api.whiteboard.WhiteboardProperties;

/**
 * The event bus as an OSGi service: picks up agent and contact listeners from the service registry and drops them
 * when they go, delivers events to them through the {@link Dispatcher}, and lets a watchdog look for listeners that
 * overrun their time budget.
 */
@Component(service = EventBus.class, immediate = true)
public class EventBusComponent implements EventBus {

    /** The bus's settings, as component properties. */
    public @interface Config {
        /** The time budget of listeners that do not set one, in milliseconds. */
        long default_time_budget_ms() default 500;

        /** How many overruns a listener may have before it is quarantined. */
        long overruns_before_quarantine() default 3;

        /** How often the watchdog looks at running calls, in milliseconds. */
        long watchdog_period_ms() default 20;
    }

    private final BundleContext context;
    private final Logger logger;
    private final Duration defaultBudget;
    private final ExecutorService deliveryThreads = Executors.newCachedThreadPool(new BusThreads("callbench-event-"));
    private final ScheduledExecutorService watchdog = Executors
            .newSingleThreadScheduledExecutor(new BusThreads("callbench-event-watchdog-"));
    private final Quarantine quarantine = new Quarantine();
    private final Dispatcher dispatcher;
    private final Map<ServiceReference<?>, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final BundleListener releaseOnStop = this::releaseQuarantine;

    @Activate
    public EventBusComponent(BundleContext context, Config config,
            @Reference(name = "logger", service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.logger = logger;
        this.defaultBudget = Duration.ofMillis(config.default_time_budget_ms());
        this.dispatcher = new Dispatcher(deliveryThreads, new OsgiBusLog(logger), quarantine,
                config.overruns_before_quarantine());
        context.addBundleListener(releaseOnStop);
        long period = config.watchdog_period_ms();
        watchdog.scheduleAtFixedRate(dispatcher::checkRunningCalls, period, period, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(releaseOnStop);
        watchdog.shutdownNow();
        deliveryThreads.shutdownNow();
    }

    @Override
    public void publish(CallbenchEvent event) {
        dispatcher.publish(event);
    }

    @Override
    public EventBusMetrics metrics() {
        return dispatcher.metrics();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAgentListener(ServiceReference<AgentListener> reference, AgentListener listener) {
        Map<String, Object> properties = FrameworkUtil.asMap(reference.getProperties());
        subscribe(reference, listener, Selection.agentEvents(properties, unknownReporter(reference, listener)),
                event -> listener.onAgentEvent((AgentEvent) event));
    }

    void removeAgentListener(ServiceReference<AgentListener> reference) {
        unsubscribe(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContactListener(ServiceReference<ContactListener> reference, ContactListener listener) {
        Map<String, Object> properties = FrameworkUtil.asMap(reference.getProperties());
        subscribe(reference, listener, Selection.contactEvents(properties, unknownReporter(reference, listener)),
                event -> listener.onContactEvent((ContactEvent) event));
    }

    void removeContactListener(ServiceReference<ContactListener> reference) {
        unsubscribe(reference);
    }

    private void subscribe(ServiceReference<?> reference, Object listener, Predicate<CallbenchEvent> selection,
            Consumer<CallbenchEvent> target) {
        Duration budget = PropertyValues.millis(FrameworkUtil.asMap(reference.getProperties()), WhiteboardProperties.TIME_BUDGET,
                defaultBudget);
        subscribers.put(reference, dispatcher.subscribe(identify(reference, listener), selection, target, budget));
    }

    private void unsubscribe(ServiceReference<?> reference) {
        Subscriber subscriber = subscribers.remove(reference);
        if (subscriber != null) {
            dispatcher.unsubscribe(subscriber);
        }
    }

    private Consumer<Selection.Unknown> unknownReporter(ServiceReference<?> reference, Object listener) {
        ListenerIdentity who = identify(reference, listener);
        return unknown -> logger.warn(NLS.bind(Messages.unknownSelection,
                new Object[] { who.name(), who.bundleName(), unknown.value(), unknown.property() }));
    }

    static ListenerIdentity identify(ServiceReference<?> reference, Object service) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        return ListenerIdentity.of(service, serviceId, reference.getBundle().getBundleId(),
                reference.getBundle().getSymbolicName());
    }

    private void releaseQuarantine(BundleEvent event) {
        int type = event.getType();
        if (type == BundleEvent.STOPPED || type == BundleEvent.UNINSTALLED || type == BundleEvent.UPDATED) {
            quarantine.release(event.getBundle().getBundleId());
        }
    }
}
