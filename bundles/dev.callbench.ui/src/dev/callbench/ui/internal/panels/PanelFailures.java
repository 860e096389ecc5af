package dev.callbench.ui.internal.panels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Finds the hosted panel an exception on the UI thread came from. e4 calls a panel's {@code @UIEventTopic} methods,
 * and SWT its listeners, on the UI thread, where SWT hands what they throw to the display's runtime exception
 * handler: this handler takes the exceptions whose stack passes through a hosted panel's class and has that panel
 * replaced by its placeholder; every other exception goes on to the handler that was there before (the workbench's,
 * which logs it). Used on the UI thread only.
 */
final class PanelFailures implements Consumer<RuntimeException> {

    private static final int MAX_CAUSES = 16;

    private final List<PanelPart> watched = new ArrayList<>();
    private Display display;
    private Consumer<RuntimeException> next;

    /**
     * Puts this handler in front of the display's current one. Called again whenever a panel is hosted: the workbench
     * sets its own handler when its event loop starts, which may be after the first panel came.
     */
    void hook(Display onDisplay) {
        if (onDisplay.getRuntimeExceptionHandler() != this) {
            next = onDisplay.getRuntimeExceptionHandler();
            display = onDisplay;
            onDisplay.setRuntimeExceptionHandler(this);
        }
    }

    void watch(PanelPart panel) {
        watched.add(panel);
    }

    void forget(PanelPart panel) {
        watched.remove(panel);
    }

    @Override
    public void accept(RuntimeException exception) {
        Optional<PanelPart> culprit = culprit(exception);
        if (culprit.isPresent()) {
            PanelPart panel = culprit.get();
            forget(panel);
            // not at once: the panel's widget may be in the middle of dispatching the event that failed
            display.asyncExec(() -> panel.fail(PanelPart.Stage.EVENT, exception));
        } else {
            next.accept(exception);
        }
    }

    private Optional<PanelPart> culprit(Throwable exception) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = exception; cause != null && seen.size() < MAX_CAUSES && seen.add(cause);
                cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                for (PanelPart panel : watched) {
                    if (panel.owns(frame.getClassName())) {
                        return Optional.of(panel);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
