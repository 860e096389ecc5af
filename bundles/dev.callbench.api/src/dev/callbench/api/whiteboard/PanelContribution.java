package dev.callbench.api.whiteboard;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import dev.callbench.api.ContactType;

/**
 * A panel an extension adds to the agent's workbench (a CRM screen pop, a wrap-up form). Register an implementation
 * as an OSGi service; the workbench shows the panel while its bundle is active and removes it when the service goes.
 * <p>
 * The panel itself is an e4 part class of the contributing bundle: the workbench creates it with dependency
 * injection ({@code @PostConstruct void create(Composite parent)}), and it receives events through
 * {@code @Inject @Optional void on(@UIEventTopic("dev/callbench/contact/CONNECTED") ContactEvent event)}.
 * <p>
 * <b>Not honoured yet:</b> Callbench 0.1's workbench does not show contributed panels; it hosts them from Callbench
 * 0.2 on. A contribution registered now is kept and shown once the workbench supports it.
 */
@ConsumerType
public interface PanelContribution {

    /** A stable identifier, unique among panels: the contributing bundle's name and a suffix. */
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
