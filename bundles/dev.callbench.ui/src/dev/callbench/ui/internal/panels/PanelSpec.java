package dev.callbench.ui.internal.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.ContactType;
import dev.callbench.api.whiteboard.PanelContribution;

/**
 * What the workbench reads from a panel contribution, once, when it comes: its id, title, part class and contact
 * types, and the bundle its part class belongs to (the one the agent is told about when the panel fails).
 */
record PanelSpec(PanelContribution contribution, String id, String label, Class<?> partClass,
        Set<ContactType> contactTypes, Bundle bundle) {

    private static final Logger LOG = LoggerFactory.getLogger(PanelSpec.class);

    /** Reads a contribution; empty, and logged, if it throws or answers null. */
    static Optional<PanelSpec> of(PanelContribution contribution) {
        try {
            Class<?> partClass = contribution.partClass();
            Bundle bundle = Optional.ofNullable(FrameworkUtil.getBundle(partClass))
                    .orElse(FrameworkUtil.getBundle(contribution.getClass()));
            return Optional.of(new PanelSpec(contribution, contribution.id(), contribution.label(), partClass,
                    Set.copyOf(contribution.contactTypes()), bundle));
        } catch (RuntimeException e) {
            LOG.error("The panel contribution {} of bundle {} cannot be read; it is not shown", contribution,
                    FrameworkUtil.getBundle(contribution.getClass()), e);
            return Optional.empty();
        }
    }

    /** The bundle's name, as its manifest gives it (its symbolic name when it has none). */
    String bundleName() {
        String name = bundle == null ? null : bundle.getHeaders().get(Constants.BUNDLE_NAME);
        return name == null || name.isBlank() ? bundleSymbolicName() : name;
    }

    String bundleSymbolicName() {
        return bundle == null ? partClass.getName() : bundle.getSymbolicName();
    }

    /** The part class and its superclasses: a stack frame of one of them is the panel's own code at work. */
    List<String> codeClassNames() {
        List<String> names = new ArrayList<>();
        for (Class<?> type = partClass; type != null && type != Object.class; type = type.getSuperclass()) {
            names.add(type.getName());
        }
        return names;
    }
}
