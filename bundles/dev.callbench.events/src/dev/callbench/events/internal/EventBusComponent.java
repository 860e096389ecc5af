package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
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
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.internal.suite.EventBusMetrics;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.api.whiteboard.WhiteboardProperties;
import dev.callbench.events.internal.Subscriber.Route;

/**
 * The event bus as an OSGi service: picks up agent and contact listeners from the service registry, follows changes
 * of their selection properties, and drops them when they go, delivers events to them through the {@link Dispatcher}, and lets a watchdog look for listeners that
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

        /** How often the watchdog looks at running calls while events are being delivered, in milliseconds. */
        long watchdog_period_ms() default 2;

        /** How many threads deliver events. */
        int delivery_threads() default 1;

        /** After how long in one call a delivery thread is left to its listener and replaced, in milliseconds. */
        long rescue_after_ms() default 5;
    }

    private final BundleContext context;
    private final Logger logger;
    private final Duration defaultBudget;
    private final Quarantine quarantine = new Quarantine();
    private final Dispatcher dispatcher;
    private final Map<ServiceReference<?>, Subscriber> subscribers = new ConcurrentHashMap<>();
    // synchronous: the quarantine must be lifted before the bundle can start again and register its listeners
    private final SynchronousBundleListener releaseOnStop = this::releaseQuarantine;

    @Activate
    public EventBusComponent(BundleContext context, Config config,
            @Reference(name = "logger", service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.logger = logger;
        this.defaultBudget = Duration.ofMillis(config.default_time_budget_ms());
        this.dispatcher = new Dispatcher(new BusSettings(config.delivery_threads(),
                Duration.ofMillis(config.rescue_after_ms()), Duration.ofMillis(config.watchdog_period_ms()),
                config.overruns_before_quarantine()), new OsgiBusLog(logger), quarantine);
        context.addBundleListener(releaseOnStop);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(releaseOnStop);
        dispatcher.close();
    }

    @Override
    public void publish(CallbenchEvent event) {
        dispatcher.publish(event);
    }

    @Override
    public EventBusMetrics metrics() {
        return dispatcher.metrics();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "addAgentListener")
    void addAgentListener(ServiceReference<AgentListener> reference, AgentListener listener) {
        route(reference, listener, Selection.agentEvents(properties(reference), unknownReporter(reference, listener)),
                Subscriber::routeAgentEvents, event -> listener.onAgentEvent((AgentEvent) event));
    }

    void removeAgentListener(ServiceReference<AgentListener> reference) {
        unroute(reference, subscriber -> subscriber.routeAgentEvents(null));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "addContactListener")
    void addContactListener(ServiceReference<ContactListener> reference, ContactListener listener) {
        route(reference, listener, Selection.contactEvents(properties(reference), unknownReporter(reference, listener)),
                Subscriber::routeContactEvents, event -> listener.onContactEvent((ContactEvent) event));
    }

    void removeContactListener(ServiceReference<ContactListener> reference) {
        unroute(reference, subscriber -> subscriber.routeContactEvents(null));
    }

    /** Gives the listener's subscriber a route (its agent or its contact events) and starts it. */
    private void route(ServiceReference<?> reference, Object listener, Predicate<CallbenchEvent> selection,
            BiConsumer<Subscriber, Route> routes, Consumer<CallbenchEvent> delivery) {
        Subscriber subscriber = subscriberOf(reference, listener);
        routes.accept(subscriber, new Route(selection, delivery));
        subscriber.start();
    }

    private Subscriber subscriberOf(ServiceReference<?> reference, Object listener) {
        return subscribers.computeIfAbsent(reference, ref -> dispatcher.subscribe(identify(ref, listener),
                PropertyValues.millis(properties(ref), WhiteboardProperties.TIME_BUDGET, defaultBudget)));
    }

    private void unroute(ServiceReference<?> reference, Consumer<Subscriber> removeRoute) {
        subscribers.computeIfPresent(reference, (ref, subscriber) -> {
            removeRoute.accept(subscriber);
            if (subscriber.hasRoutes()) {
                return subscriber;
            }
            dispatcher.unsubscribe(subscriber);
            return null;
        });
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        return FrameworkUtil.asMap(reference.getProperties());
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
