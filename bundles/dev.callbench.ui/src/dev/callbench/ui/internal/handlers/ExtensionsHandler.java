package dev.callbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.callbench.ui.internal.extensions.Extensions;
import dev.callbench.ui.internal.extensions.ExtensionsDialog;
import jakarta.inject.Named;

/** Opens the Extensions dialog, on the running installation's extensions. */
public final class ExtensionsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        BundleContext context = FrameworkUtil.getBundle(ExtensionsHandler.class).getBundleContext();
        new ExtensionsDialog(shell, new Extensions(context), ExtensionsDialog.preconfiguredSite(context)).open();
    }
}
