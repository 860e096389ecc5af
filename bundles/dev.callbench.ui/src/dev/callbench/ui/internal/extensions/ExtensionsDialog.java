package dev.callbench.ui.internal.extensions;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.dialogs.DialogShells;

/**
 * The Extensions dialog: the extensions installed, with Uninstall; an update site (the product's own to begin with, or
 * a web address or a folder the agent gives) and what it offers, with Install. Each runs in an Eclipse job whose
 * progress the dialog shows; what goes wrong is said in a sentence, with the detail in the log.
 */
public final class ExtensionsDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ExtensionsDialog.class);

    private final Extensions extensions;
    private final Shell shell;
    private final ExtensionTable installed;
    private final Button uninstall;
    private final Text site;
    private final Button folder;
    private final Button lookUp;
    private final ExtensionTable offered;
    private final Button install;
    private final ProgressLine progress;
    private URI offeringSite; // the site the offered extensions come from
    private boolean busy;

    /** What a job does with p2, on the job's thread. */
    private interface Work<T> {
        T run(IProgressMonitor monitor) throws ExtensionException;
    }

    public ExtensionsDialog(Shell parent, Extensions extensions, String preconfiguredSite) {
        this.extensions = extensions;
        shell = DialogShells.create(parent, Messages.Extensions_title);

        heading(Messages.Extensions_installed);
        installed = new ExtensionTable(shell);
        uninstall = button(shell, Messages.Extensions_uninstall, this::uninstall);

        heading(Messages.Extensions_site);
        Composite siteRow = new Composite(shell, SWT.NONE);
        siteRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout siteLayout = new GridLayout(3, false);
        siteLayout.marginWidth = 0;
        siteRow.setLayout(siteLayout);
        site = new Text(siteRow, SWT.BORDER | SWT.SINGLE);
        site.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        site.setMessage(Messages.Extensions_siteHint);
        site.setText(preconfiguredSite);
        site.addListener(SWT.DefaultSelection, e -> lookUp());
        site.addListener(SWT.Modify, e -> enable());
        folder = button(siteRow, Messages.Extensions_folder, this::chooseFolder);
        lookUp = button(siteRow, Messages.Extensions_lookUp, this::lookUp);
        offered = new ExtensionTable(shell);
        install = button(shell, Messages.Extensions_install, this::install);

        progress = new ProgressLine(shell);
        Button close = new Button(shell, SWT.PUSH);
        close.setText(Messages.Extensions_close);
        close.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        close.addListener(SWT.Selection, e -> shell.close());
        installed.onSelection(this::enable);
        offered.onSelection(this::enable);

        shell.setSize(Math.max(shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, 600),
                shell.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
        DialogShells.centerOn(shell, parent);
        enable();
    }

    /** The product's own update site, which the dialog starts with, as the installation names it; or nothing. */
    public static String preconfiguredSite(org.osgi.framework.BundleContext context) {
        return UpdateSite.preconfigured(context);
    }

    /** Opens the dialog and reads what is installed, and what the preconfigured site offers. */
    public void open() {
        shell.open();
        run(Messages.Extensions_reading, extensions::installed, list -> {
            LOG.info("Extensions installed: {}", list.stream().map(Extension::name).toList());
            installed.show(list);
            if (UpdateSite.of(site.getText()).isPresent()) {
                lookUp();
            }
        });
    }

    private void lookUp() {
        lookUp(null);
    }

    /** Reads the site; then says the sentence given, or, without one, whether the site offers anything. */
    private void lookUp(String then) {
        Optional<URI> uri = UpdateSite.of(site.getText());
        if (uri.isEmpty()) {
            progress.idle(NLS.bind(Messages.Extensions_siteInvalid, site.getText().trim()));
            return;
        }
        if (busy) {
            return;
        }
        offered.show(List.of());
        run(NLS.bind(Messages.Extensions_readingSite, uri.get()), monitor -> extensions.offered(uri.get(), monitor),
                list -> {
                    offeringSite = uri.get();
                    offered.show(list);
                    LOG.info("The update site {} offers {}", uri.get(), list.stream().map(Extension::name).toList());
                    progress.idle(then != null ? then : list.isEmpty() ? Messages.Extensions_nothingOffered : "");
                });
    }

    private void install() {
        offered.selected().ifPresent(extension -> {
            URI from = offeringSite;
            run(NLS.bind(Messages.Extensions_installing, extension.name()), monitor -> {
                extensions.install(from, extension, monitor);
                return extensions.installed(monitor);
            }, list -> {
                LOG.info("Installed {} {} from {} and started its bundles", extension.name(), extension.version(), from);
                installed.show(list);
                offered.remove(extension);
                progress.idle(NLS.bind(Messages.Extensions_installDone, extension.name()));
            });
        });
    }

    private void uninstall() {
        installed.selected().ifPresent(extension -> run(NLS.bind(Messages.Extensions_uninstalling, extension.name()),
                monitor -> {
                    extensions.uninstall(extension, monitor);
                    return extensions.installed(monitor);
                }, list -> {
                    LOG.info("Uninstalled {} {} and stopped its bundles", extension.name(), extension.version());
                    installed.show(list);
                    String done = NLS.bind(Messages.Extensions_uninstallDone, extension.name());
                    progress.idle(done);
                    if (offeringSite != null) {
                        lookUp(done); // the site offers it again
                    }
                }));
    }

    private void chooseFolder() {
        DirectoryDialog chooser = new DirectoryDialog(shell);
        chooser.setText(Messages.Extensions_folderTitle);
        chooser.setMessage(Messages.Extensions_folderMessage);
        String chosen = chooser.open();
        if (chosen != null) {
            site.setText(chosen);
            lookUp();
        }
    }

    /** Runs the work in a job with the dialog's progress; then, on the UI thread, gives its result on. */
    private <T> void run(String task, Work<T> work, Consumer<T> then) {
        busy = true;
        enable();
        Job job = Job.create(task, (ICoreRunnable) monitor -> {
            Runnable outcome;
            try {
                T result = work.run(progress.monitor(monitor));
                outcome = () -> then.accept(result);
            } catch (ExtensionException e) {
                LOG.warn("{} {}", e.getMessage(), e.detail(), e.getCause());
                outcome = () -> progress.idle(e.getMessage());
            } catch (OperationCanceledException e) {
                outcome = () -> progress.idle(Messages.Extensions_cancelled);
            } catch (RuntimeException e) {
                LOG.error("p2 failed: {}", task, e);
                outcome = () -> progress.idle(Messages.Extensions_failed);
            }
            Runnable done = outcome;
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    busy = false;
                    done.run();
                    enable();
                }
            });
        });
        job.setUser(true);
        progress.show(task, job::cancel);
        job.schedule();
    }

    private void enable() {
        if (shell.isDisposed()) {
            return;
        }
        uninstall.setEnabled(!busy && installed.selected().isPresent());
        install.setEnabled(!busy && offered.selected().isPresent() && offeringSite != null);
        lookUp.setEnabled(!busy && !site.getText().isBlank());
        folder.setEnabled(!busy);
        site.setEnabled(!busy);
    }

    private void heading(String text) {
        Label label = new Label(shell, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
