package dev.callbench.ui.internal.extensions;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/** An extension feature, installed or offered by an update site: its p2 installable unit (a feature group). */
public record Extension(IInstallableUnit unit) {

    /** The feature's name as its author gave it, or its id when it has none. */
    public String name() {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.isBlank() ? unit.getId() : name;
    }

    public String version() {
        return unit.getVersion().toString();
    }
}
