package dev.callbench.ui.internal.panels;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The part that holds a contributed panel: it creates the contribution's part class through dependency injection,
 * in a context of its own under the part's, on a composite of its own. If the panel throws while it is created or
 * while it handles an event, the panel is closed, its exception logged, and a placeholder tells the agent which
 * extension's panel stopped working; the rest of the workbench is not affected.
 */
public class PanelPart {

    /** Where a panel was when it failed, for the log. */
    enum Stage {
        CREATION("being created"), EVENT("handling an event");

        private final String words;

        Stage(String words) {
            this.words = words;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PanelPart.class);
    private static final int MARGIN = 16;

    @Inject
    private MPart part;
    @Inject
    private IEclipseContext partContext;
    @Inject
    private PanelFailures failures;

    private PanelSpec spec;
    private Composite holder;
    private IEclipseContext panelContext;
    private Object panel;
    private boolean failed;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        spec = (PanelSpec) part.getTransientData().get(PanelSpec.class.getName());
        failures.hook(parent.getDisplay());
        failures.watch(this);
        panelContext = partContext.createChild("panel " + spec.id());
        panelContext.set(Composite.class, holder);
        try {
            panel = ContextInjectionFactory.make(spec.partClass(), panelContext);
        } catch (RuntimeException | LinkageError e) {
            fail(Stage.CREATION, e);
        }
    }

    /** Whether a stack frame of this class name is the panel's own code. */
    boolean owns(String className) {
        return !failed && spec.codeClassNames().stream()
                .anyMatch(name -> className.equals(name) || className.startsWith(name + "$"));
    }

    boolean hasFailed() {
        return failed;
    }

    /** Closes the panel and shows the placeholder instead; on the UI thread. */
    void fail(Stage stage, Throwable failure) {
        if (failed || holder.isDisposed()) {
            return;
        }
        failed = true;
        LOG.error("The panel {} of bundle {} threw while {}; a placeholder replaces it", spec.id(),
                spec.bundleSymbolicName(), stage.words, failure);
        closePanel();
        showPlaceholder();
    }

    private void closePanel() {
        failures.forget(this);
        if (panelContext != null) {
            try {
                panelContext.dispose(); // the panel's @PreDestroy, and the end of its event subscriptions
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The panel {} of bundle {} threw while being closed", spec.id(), spec.bundleSymbolicName(), e);
            }
            panelContext = null;
            panel = null;
        }
        if (!holder.isDisposed()) {
            for (Control child : holder.getChildren()) {
                child.dispose();
            }
        }
    }

    private void showPlaceholder() {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = MARGIN;
        layout.marginHeight = MARGIN;
        holder.setLayout(layout);
        Label sentence = new Label(holder, SWT.WRAP);
        sentence.setText(NLS.bind(Messages.Panel_failed, new Object[] { spec.label(), spec.bundleName(),
                spec.bundleSymbolicName() }));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 1; // wraps to the part's width
        sentence.setLayoutData(data);
        holder.layout(true, true);
    }

    /** Gives the focus to the panel, through its own {@code @Focus} method if it has one. */
    @Focus
    void focus() {
        if (holder.isDisposed()) {
            return;
        }
        if (panel == null) {
            holder.setFocus();
            return;
        }
        try {
            if (ContextInjectionFactory.invoke(panel, Focus.class, panelContext, this) == this) {
                holder.setFocus(); // the panel has no @Focus method
            }
        } catch (RuntimeException e) {
            fail(Stage.EVENT, e);
        }
    }

    @PreDestroy
    void dispose() {
        closePanel();
    }
}
