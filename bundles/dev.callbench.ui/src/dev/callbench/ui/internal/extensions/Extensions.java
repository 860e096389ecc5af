package dev.callbench.ui.internal.extensions;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.internal.provisional.configurator.Configurator;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.callbench.ui.internal.Messages;

/**
 * The extensions of the running installation, through p2's operations on its own profile: the features installed
 * beyond the product, those an update site offers, and installing or uninstalling one. After p2 has changed the
 * profile (and with it the bundles.info the framework started from), the framework is given the new configuration at
 * once, as p2's own "Apply Changes" does: the new bundles start and the removed ones stop, without a restart.
 * Every method blocks: call them from a job.
 */
public final class Extensions {

    private final BundleContext context;
    private IProvisioningAgent agent; // once found

    public Extensions(BundleContext context) {
        this.context = context;
    }

    /** The extension features installed in this Callbench by name: the roots of its profile that are not the product. */
    public List<Extension> installed(IProgressMonitor monitor) throws ExtensionException {
        return features(profile().query(new UserVisibleRootQuery(), monitor).stream());
    }

    /** The extension features the site offers that are not installed here (the newest version of each). */
    public List<Extension> offered(URI site, IProgressMonitor monitor) throws ExtensionException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        IProvisioningAgent agent = agent();
        IMetadataRepository repository;
        try {
            repository = agent.getService(IMetadataRepositoryManager.class).loadRepository(site, progress.split(1));
        } catch (ProvisionException e) {
            throw new ExtensionException(NLS.bind(Messages.Extensions_siteUnreadable, site), e.getStatus().toString(),
                    e);
        }
        IProfile profile = profile();
        return features(repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(1))
                .stream().filter(unit -> profile.query(QueryUtil.createIUQuery(unit.getId()), null).isEmpty()));
    }

    /** Installs the feature from the site and starts its bundles. */
    public void install(URI site, Extension extension, IProgressMonitor monitor) throws ExtensionException {
        IProvisioningAgent agent = agent();
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), List.of(extension.unit()));
        operation.setProvisioningContext(context(agent, site));
        change(operation, NLS.bind(Messages.Extensions_notInstalled, extension.name()),
                NLS.bind(Messages.Extensions_installedAfterRestart, extension.name()), monitor);
    }

    /** Uninstalls the feature and stops and removes the bundles that only it needed. */
    public void uninstall(Extension extension, IProgressMonitor monitor) throws ExtensionException {
        IProvisioningAgent agent = agent();
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent),
                List.of(extension.unit()));
        operation.setProvisioningContext(context(agent)); // the profile alone: uninstalling needs no site
        change(operation, NLS.bind(Messages.Extensions_notUninstalled, extension.name()),
                NLS.bind(Messages.Extensions_uninstalledAfterRestart, extension.name()), monitor);
    }

    private void change(ProfileChangeOperation operation, String failed, String notApplied, IProgressMonitor monitor)
            throws ExtensionException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        check(operation.resolveModal(progress.split(20)), failed);
        ProvisioningJob job = operation.getProvisioningJob(null);
        if (job == null) {
            throw new ExtensionException(failed, "p2 planned nothing: " + operation.getResolutionDetails());
        }
        check(job.runModal(progress.split(70)), failed);
        applyToRunningFramework(notApplied);
        progress.done();
    }

    private void applyToRunningFramework(String notApplied) throws ExtensionException {
        ServiceReference<Configurator> reference = context.getServiceReference(Configurator.class);
        Configurator configurator = reference == null ? null : context.getService(reference);
        if (configurator == null) {
            throw new ExtensionException(notApplied, "no simple configurator runs in this framework");
        }
        try {
            configurator.applyConfiguration();
        } catch (IOException | IllegalStateException e) {
            throw new ExtensionException(notApplied, "the simple configurator could not apply bundles.info", e);
        } finally {
            context.ungetService(reference);
        }
    }

    private static void check(IStatus status, String failed) throws ExtensionException {
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new ExtensionException(failed, describe(status), status.getException());
        }
    }

    /** A status with all its children, one line each, for the log. */
    private static String describe(IStatus status) {
        return Stream.concat(Stream.of(status.getMessage()),
                Stream.of(status.getChildren()).map(Extensions::describe).map(child -> "  " + child))
                .collect(Collectors.joining("\n"));
    }

    private static List<Extension> features(Stream<IInstallableUnit> units) {
        return units.filter(QueryUtil::isGroup).filter(unit -> !QueryUtil.isProduct(unit)).map(Extension::new)
                .sorted(Comparator.comparing(Extension::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static ProvisioningContext context(IProvisioningAgent agent, URI... sites) {
        ProvisioningContext provisioning = new ProvisioningContext(agent);
        provisioning.setMetadataRepositories(sites);
        provisioning.setArtifactRepositories(sites);
        return provisioning;
    }

    private IProfile profile() throws ExtensionException {
        IProfileRegistry registry = agent().getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new ExtensionException(Messages.Extensions_noProfile, "p2 has no profile for the running system");
        }
        return profile;
    }

    /** The p2 agent of the running system, which p2's core registers once it starts. */
    private synchronized IProvisioningAgent agent() throws ExtensionException {
        if (agent != null) {
            return agent;
        }
        Collection<ServiceReference<IProvisioningAgent>> current;
        try {
            current = context.getServiceReferences(IProvisioningAgent.class,
                    "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        agent = current.isEmpty() ? null : context.getService(current.iterator().next());
        if (agent == null) {
            throw new ExtensionException(Messages.Extensions_noProfile, "no p2 agent for the running system");
        }
        return agent;
    }
}
