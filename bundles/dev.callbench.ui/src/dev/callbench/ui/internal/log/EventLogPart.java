package dev.callbench.ui.internal.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Event log tab: every agent and contact event of the session, newest last, a filter on their words, and an
 * export of the whole log to the Downloads folder (Streams' "download logs"), in a job with its own progress.
 */
public class EventLogPart {

    private static final Logger LOG = LoggerFactory.getLogger(EventLogPart.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Inject
    EventLog log;

    private Text filter;
    private Table table;
    private Label status;
    private Runnable stopWatching = () -> { };

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.EventLog_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> showMatching());
        Button export = new Button(parent, SWT.PUSH);
        export.setText(Messages.EventLog_export);
        export.addListener(SWT.Selection, e -> export());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column(Messages.EventLog_time, 100);
        column(Messages.EventLog_event, 170);
        column(Messages.EventLog_detail, 330);
        showMatching();
        stopWatching = log.watch(entry -> parent.getDisplay().asyncExec(() -> added(entry)));
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    private void showMatching() {
        table.setRedraw(false);
        table.removeAll();
        log.matching(filter.getText()).forEach(this::row);
        table.setRedraw(true);
        status.setText(NLS.bind(Messages.EventLog_shown, table.getItemCount()));
    }

    private void added(EventLog.Entry entry) {
        if (table.isDisposed() || !entry.matches(filter.getText())) {
            return;
        }
        if (table.getItemCount() >= EventLog.CAPACITY) {
            table.remove(0);
        }
        row(entry);
        table.showItem(table.getItem(table.getItemCount() - 1));
        status.setText(NLS.bind(Messages.EventLog_shown, table.getItemCount()));
    }

    private void row(EventLog.Entry entry) {
        new TableItem(table, SWT.NONE).setText(new String[] {
            TIME.format(entry.event().at()), entry.name(), entry.detail() });
    }

    private void export() {
        Path file = LogFolder.nextFile();
        status.setText(Messages.EventLog_exporting);
        Job job = Job.create(Messages.EventLog_exporting, (ICoreRunnable) monitor -> {
            String done;
            try {
                log.export(file);
                done = NLS.bind(Messages.EventLog_saved, file);
            } catch (IOException e) {
                LOG.warn("The event log could not be written to {}", file, e);
                done = NLS.bind(Messages.EventLog_exportFailed, file.getParent());
            }
            String sentence = done;
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(sentence);
                    status.getParent().layout();
                }
            });
        });
        job.setUser(true);
        job.schedule();
    }

    @PreDestroy
    void stop() {
        stopWatching.run();
    }
}
