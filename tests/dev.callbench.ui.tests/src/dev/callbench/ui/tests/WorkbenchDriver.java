package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.tests.support.Wait;

/**
 * Drives the real Callbench workbench from a test thread, the way SWTBot would (SWTBot is not obtainable here):
 * every widget access runs on the UI thread through {@link Display#syncExec}.
 */
public final class WorkbenchDriver {

    private static final long RENDER_TIMEOUT_MILLIS = 60_000;

    private final MApplication application;
    private final Display display;

    private WorkbenchDriver(MApplication application, Display display) {
        this.application = application;
        this.display = display;
    }

    /** Waits for the workbench service and for the part to be rendered, then drives that workbench. */
    public static WorkbenchDriver attach(String renderedPartId) throws InterruptedException {
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(WorkbenchDriver.class).getBundleContext(), IWorkbench.class, null);
        tracker.open();
        IWorkbench workbench = tracker.waitForService(RENDER_TIMEOUT_MILLIS);
        tracker.close();
        assertNotNull(workbench, "the workbench did not start");
        MApplication application = workbench.getApplication();
        MPart part = (MPart) application.getContext().get(EModelService.class).find(renderedPartId, application);
        assertNotNull(part, "no part " + renderedPartId + " in the application model");
        Wait.until(renderedPartId + " is rendered", () -> part.getWidget() instanceof Control,
                Duration.ofMillis(RENDER_TIMEOUT_MILLIS));
        return new WorkbenchDriver(application, ((Control) part.getWidget()).getDisplay());
    }

    public <T> T ui(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        display.syncExec(() -> result.set(query.get()));
        return result.get();
    }

    public Composite partComposite(String partId) {
        MPart part = (MPart) application.getContext().get(EModelService.class).find(partId, application);
        return (Composite) part.getWidget();
    }

    /** All controls of a type under a root, depth first; call through {@link #ui}. */
    public static <T extends Control> List<T> findAll(Composite root, Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && matching.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(findAll(composite, type, matching));
            }
        }
        return found;
    }

    /**
     * Lets the UI thread lay out and paint everything queued so far: GTK paints asynchronously, and a screenshot
     * taken at once may show the old pixels.
     */
    public void settle() {
        for (int round = 0; round < 3; round++) {
            display.syncExec(() -> {
                for (var shell : display.getShells()) {
                    shell.layout(true, true);
                    shell.update();
                }
                while (display.readAndDispatch()) {
                    // drain pending paint and layout events
                }
            });
        }
    }

    /** The whole screen as a person sees it, taken by ImageMagick's import from the X server. */
    public Path screenshot(String name) throws IOException, InterruptedException {
        settle();
        Path directory = Path.of(System.getProperty("callbench.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".png");
        Process process = new ProcessBuilder("import", "-window", "root", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "import failed: " + output);
        assertTrue(Files.size(file) > 0, "empty screenshot " + file);
        return file;
    }
}
