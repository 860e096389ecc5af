package dev.callbench.ui.internal.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.QueueMetrics;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Queues tab: for each queue of the agent's routing profile, the contacts waiting, the longest wait and the
 * agents available, online and on a contact. Asked of the contact center every few seconds while the tab is on
 * screen, and at once when it comes to the front; the answer arrives off the UI thread.
 */
public class QueuePart {

    /** The part's id in the application model. */
    public static final String ID = "dev.callbench.ui.part.queues";

    private static final Logger LOG = LoggerFactory.getLogger(QueuePart.class);
    static final int POLL_MILLIS = 3000;
    private static final int MARGIN = 16;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    private UISynchronize ui;

    private volatile ContactCenter contactCenter;
    private Composite root;
    private Label statusLabel;
    private Table table;
    private boolean asking;

    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        PartLayout.column(parent, MARGIN);
        PartLayout.row(parent, Messages.Queues_intro);
        table = Tables.of(parent, SWT.NONE, Tables.Column.left(Messages.Queues_queue, 130),
                Tables.Column.right(Messages.Queues_waiting, 75), Tables.Column.right(Messages.Queues_longestWait, 110),
                Tables.Column.right(Messages.Queues_available, 80), Tables.Column.right(Messages.Queues_online, 65),
                Tables.Column.right(Messages.Queues_onContact, 90));
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        statusLabel = PartLayout.row(parent, Messages.Queues_loading);
        parent.addListener(SWT.Show, e -> ask());
        parent.getDisplay().asyncExec(this::ask); // once the tab is drawn: it is not visible while it is being made
        parent.getDisplay().timerExec(POLL_MILLIS, this::tick);
    }

    /** Injected again whenever the signed-in agent's contact center comes or goes. */
    @Inject
    void setContactCenter(@org.eclipse.e4.core.di.annotations.Optional @Service ContactCenter center) {
        this.contactCenter = center;
    }

    private void tick() {
        if (root.isDisposed()) {
            return;
        }
        ask();
        root.getDisplay().timerExec(POLL_MILLIS, this::tick);
    }

    /** Asks for the metrics when the tab is on screen and no question is under way. */
    private void ask() {
        ContactCenter center = contactCenter;
        if (root.isDisposed() || !root.isVisible() || asking) {
            return;
        }
        if (center == null) {
            setStatus(Messages.Queues_notSignedIn);
            return;
        }
        asking = true;
        center.queueMetrics().whenComplete((metrics, failure) -> {
            if (failure != null) {
                LOG.warn("The queues' metrics could not be loaded", failure);
            }
            String problem = failure == null ? null : ActionFailedException.of(failure).getMessage();
            ui.asyncExec(() -> {
                asking = false;
                if (!root.isDisposed()) {
                    show(metrics, problem);
                }
            });
        });
    }

    private void show(List<QueueMetrics> metrics, String problem) {
        if (problem != null) {
            setStatus(NLS.bind(Messages.Queues_failed, problem));
            return;
        }
        table.setRedraw(false);
        table.removeAll();
        for (QueueMetrics queue : metrics) {
            new TableItem(table, SWT.NONE).setText(new String[] {
                queue.queue().name().isEmpty() ? Messages.ContactPart_agentQueue : queue.queue().name(),
                Integer.toString(queue.contactsInQueue()),
                queue.contactsInQueue() == 0 ? Messages.Queues_noWait : Durations.of(queue.oldestContactAge()),
                Integer.toString(queue.agentsAvailable()),
                Integer.toString(queue.agentsOnline()),
                Integer.toString(queue.agentsOnContact()) });
        }
        table.setRedraw(true);
        setStatus(metrics.isEmpty() ? Messages.Queues_none
                : NLS.bind(Messages.Queues_updated, TIME.format(metrics.get(0).at())));
    }

    private void setStatus(String sentence) {
        PartLayout.setText(statusLabel, sentence);
        root.layout(true, true);
    }
}
