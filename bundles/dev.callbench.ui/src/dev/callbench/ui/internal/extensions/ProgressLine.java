package dev.callbench.ui.internal.extensions;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.callbench.ui.internal.Messages;

/**
 * The dialog's progress: what the running job does and how far it is, shown from the job's own progress monitor,
 * with Cancel; and, when no job runs, the last outcome as a sentence. The workbench has no progress view of its own.
 */
final class ProgressLine {

    private static final int STEPS = 1000;

    private final Display display;
    private final ProgressBar bar;
    private final Button cancel;
    private final Label sentence;
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private volatile double total;
    private volatile double worked;
    private Runnable onCancel = () -> {
    };

    ProgressLine(Composite parent) {
        display = parent.getDisplay();
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        bar = new ProgressBar(row, SWT.HORIZONTAL);
        bar.setMaximum(STEPS);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.Extensions_cancel);
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        sentence = new Label(parent, SWT.WRAP);
        GridData sentenceData = new GridData(SWT.FILL, SWT.TOP, true, false);
        sentenceData.widthHint = 1;
        sentenceData.heightHint = sentence.computeSize(480, SWT.DEFAULT).y * 3;
        sentence.setLayoutData(sentenceData);
        idle("");
    }

    /** A job starts, on the UI thread: its name and an empty bar; Cancel stops it. */
    void show(String name, Runnable cancelJob) {
        onCancel = cancelJob;
        total = 0;
        worked = 0;
        bar.setSelection(0);
        bar.setVisible(true);
        cancel.setVisible(true);
        sentence.setText(name);
        sentence.getParent().layout(true, true);
    }

    /** The job's monitor, which also moves the bar; on the job's thread. */
    IProgressMonitor monitor(IProgressMonitor jobMonitor) {
        return new ProgressMonitorWrapper(jobMonitor) {
            @Override
            public void beginTask(String name, int totalWork) {
                super.beginTask(name, totalWork);
                total = totalWork;
                update();
            }

            @Override
            public void internalWorked(double work) {
                super.internalWorked(work);
                worked += work;
                update();
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
    }

    /** No job runs: the bar goes and the sentence stays. */
    void idle(String outcome) {
        onCancel = () -> {
        };
        bar.setVisible(false);
        cancel.setVisible(false);
        sentence.setText(outcome);
        sentence.getParent().layout(true, true);
    }

    /** Many reports may come in a moment from p2: they reach the UI thread as one update. */
    private void update() {
        if (updatePending.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                updatePending.set(false);
                if (!bar.isDisposed() && bar.isVisible()) {
                    bar.setSelection(total <= 0 ? 0 : (int) Math.min(STEPS, STEPS * worked / total));
                }
            });
        }
    }
}
