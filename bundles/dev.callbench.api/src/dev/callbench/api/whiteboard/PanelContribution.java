package dev.callbench.api.whiteboard;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import dev.callbench.api.ContactType;

/**
 * A panel an extension adds to the agent's workbench (a CRM screen pop, a wrap-up form). Register an implementation
 * as an OSGi service (a Declarative Services component, say); the workbench shows the panel while the service is
 * registered: it reads {@link #id()}, {@link #label()}, {@link #partClass()} and {@link #contactTypes()} once, when
 * the service comes, and adds a tab titled with the label to its main part stack, beside <i>About Callbench</i>. When
 * the service goes (the bundle stops, is updated or uninstalled) the tab goes, while the workbench runs: no restart
 * either way. To change what the workbench read, register the contribution again.
 * <p>
 * The panel itself is an e4 part class of the contributing bundle. The workbench creates it as soon as the
 * contribution comes, on the UI thread, with dependency injection, in a context of its own under the part's:
 * {@code @PostConstruct void create(Composite parent)} draws it, {@code @Focus} and {@code @PreDestroy} methods are
 * called, {@code @Inject @Service} gives it OSGi services (the {@link dev.callbench.api.service.ContactCenter}), and
 * it receives events on the UI thread through
 * {@code @Inject @Optional void on(@UIEventTopic("dev/callbench/contact/CONNECTING") ContactEvent event)}. Events
 * published before it was created are not replayed: a panel that must show the contact already in front of the agent
 * reads {@code ContactCenter.snapshot()} when it is created.
 * <p>
 * When a contact of one of its {@link #contactTypes()} is offered to the agent (an inbound call or a queued callback
 * rings), the workbench brings the panel's tab to the front, without taking the keyboard focus from the control
 * panel; of several such panels, the one the workbench took up first.
 * <p>
 * A panel that throws while it is created, or while it handles an event (an {@code @UIEventTopic} method, one of its
 * SWT listeners, a runnable it gave the UI thread), is closed: its tab shows instead a sentence telling the agent
 * which extension's panel stopped working, the exception goes to the log with its stack trace, and the rest of the
 * workbench goes on. The panel stays closed until its contribution is registered again.
 * <p>
 * Honoured from Callbench 0.2 on; Callbench 0.1's workbench showed no contributed panels.
 */
@ConsumerType
public interface PanelContribution {

    /**
     * A stable identifier, unique among panels: the contributing bundle's name and a suffix. While a panel with an
     * identifier is shown, another contribution with the same one is not (the log says so).
     */
    String id();

    /** The panel's title, shown to the agent. */
    String label();

    /** The e4 part class that draws the panel; it belongs to the contributing bundle. */
    Class<?> partClass();

    /** The contact types the panel is relevant to; the workbench brings it forward for those. All by default. */
    default Set<ContactType> contactTypes() {
        return Set.of(ContactType.values());
    }
}
