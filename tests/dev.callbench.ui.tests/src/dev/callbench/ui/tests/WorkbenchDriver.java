package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.Wait;

/**
 * Drives the real Callbench workbench from a test thread, the way SWTBot would (SWTBot is not obtainable here):
 * every widget access runs on the UI thread through {@link Display#syncExec}.
 */
public final class WorkbenchDriver {

    private static final long RENDER_TIMEOUT_MILLIS = 60_000;
    private static final Duration SOON = Duration.ofSeconds(15);

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

    /** A real click on a control: the pointer moves to its middle and presses the first mouse button there. */
    public void clickOn(Supplier<Control> target, String what) {
        settle();
        Point middle = ui(() -> {
            Control control = target.get();
            Rectangle bounds = control.getBounds();
            control.getShell().forceActive();
            return control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        post(SWT.MouseMove, e -> {
            e.x = middle.x;
            e.y = middle.y;
        });
        // the press must come once the control knows the pointer is over it (GTK's enter event), or it is no click
        Wait.until("the pointer is over " + what, () -> ui(() -> {
            Control control = target.get();
            Point cursor = control.getDisplay().getCursorLocation();
            return control.getDisplay().getCursorControl() == control && cursor.equals(middle);
        }), SOON, () -> ui(() -> String.valueOf(target.get().getDisplay().getCursorControl())));
        settle();
        post(SWT.MouseDown, e -> e.button = 1);
        post(SWT.MouseUp, e -> e.button = 1);
    }

    /** A real input event, as the X server would deliver it to the window that has the pointer or the focus. */
    public void post(int type, Consumer<Event> details) {
        Event event = new Event();
        event.type = type;
        details.accept(event);
        assertTrue(ui(() -> display.post(event)), "Display.post refused " + type);
    }

    /** Who the workbench's contact center service has signed in, if anyone. */
    public static Optional<String> signedIn() {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchDriver.class).getBundleContext();
        ServiceReference<ContactCenter> reference = context.getServiceReference(ContactCenter.class);
        if (reference == null) {
            return Optional.empty();
        }
        ContactCenter center = context.getService(reference);
        try {
            return center == null ? Optional.empty() : center.snapshot().map(s -> s.agent().username());
        } finally {
            context.ungetService(reference);
        }
    }
}
