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
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.tests.support.Wait;

/**
 * Drives the real Callbench workbench from a test thread, the way SWTBot would (SWTBot is not obtainable here):
 * every widget access runs on the UI thread through {@link Display#syncExec}.
 */
public final class WorkbenchDriver {

    private static final long RENDER_TIMEOUT_MILLIS = 60_000;
    private static final Duration SOON = Duration.ofSeconds(15);
    private static final String MAIN_STACK = "dev.callbench.ui.partstack.main";
    /** Where e4's renderers keep the model element of a widget. */
    private static final String OWNING_ELEMENT = "modelElement";

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

    /** The texts of the visible labels of a part, top to bottom; none while the part is not drawn. */
    public List<String> labels(String partId) {
        return ui(() -> {
            MPart part = part(partId);
            return part != null && part.getWidget() instanceof Composite composite && !composite.isDisposed()
                    ? findAll(composite, Label.class, Control::isVisible).stream().map(Label::getText).toList()
                    : List.<String>of();
        });
    }

    /** The rows of a part's visible tables, each as its cells' texts, top to bottom; none while it is not drawn. */
    public List<List<String>> tableRows(String partId) {
        return ui(() -> {
            MPart part = part(partId);
            if (part == null || !(part.getWidget() instanceof Composite composite) || composite.isDisposed()) {
                return List.<List<String>>of();
            }
            List<List<String>> rows = new ArrayList<>();
            for (Table table : findAll(composite, Table.class, Control::isVisible)) {
                for (TableItem item : table.getItems()) {
                    List<String> cells = new ArrayList<>();
                    for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                        cells.add(item.getText(column));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        });
    }

    /** Whether the application model has this part. */
    public boolean hasPart(String partId) {
        return ui(() -> part(partId) != null);
    }

    private MPart part(String partId) {
        return (MPart) application.getContext().get(EModelService.class).find(partId, application);
    }

    /** The titles of the main part stack's tabs, as the agent reads them. */
    public List<String> mainTabs() {
        return ui(() -> List.of(mainFolder().getItems()).stream().map(CTabItem::getText).toList());
    }

    /** The id of the part the main part stack shows. */
    public Optional<String> selectedMainPart() {
        return ui(() -> Optional.ofNullable(mainFolder().getSelection()).map(item -> item.getData(OWNING_ELEMENT))
                .filter(MPart.class::isInstance).map(element -> ((MPart) element).getElementId()));
    }

    /**
     * Selects the main part stack's tab with this title, as a click on it does: the tab folder's selection and the
     * event e4 reacts to. (A click posted through GTK onto a tab was not delivered under Xvfb.)
     */
    public void selectTab(String title) {
        Wait.until("a tab " + title, () -> mainTabs().contains(title), SOON, this::mainTabs);
        ui(() -> {
            CTabFolder folder = mainFolder();
            CTabItem tab = List.of(folder.getItems()).stream().filter(item -> item.getText().equals(title))
                    .findFirst().orElseThrow();
            folder.setSelection(tab);
            Event selection = new Event();
            selection.item = tab;
            folder.notifyListeners(SWT.Selection, selection);
            return null;
        });
        settle();
    }

    private CTabFolder mainFolder() {
        MPartStack stack = (MPartStack) application.getContext().get(EModelService.class).find(MAIN_STACK, application);
        return (CTabFolder) stack.getWidget();
    }

    /** A real click on the visible, enabled button of a part with this text, once there is exactly one. */
    public void click(String partId, String buttonText) throws Exception {
        Predicate<Button> matching = b -> b.isVisible() && b.isEnabled() && b.getText().equals(buttonText);
        Wait.until(buttonText + " is shown and enabled", () -> ui(() -> findAll(partComposite(partId), Button.class,
                matching).size() == 1), SOON, () -> ui(() -> findAll(partComposite(partId), Button.class,
                        Control::isVisible).stream().map(Button::getText).toList()));
        clickOn(() -> findAll(partComposite(partId), Button.class, matching).get(0), buttonText);
    }

    /** A real click on a control: the pointer moves to its middle and presses the first mouse button there. */
    public void clickOn(Supplier<? extends Control> target, String what) throws Exception {
        settle();
        Point middle = ui(() -> {
            Control control = target.get();
            Rectangle bounds = control.getBounds();
            return control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        ui(() -> {
            target.get().getShell().forceActive();
            return null;
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

    /** A real input event, as the X server delivers it to whatever is under the pointer or has the focus. */
    public void post(int type, Consumer<Event> details) {
        Event event = new Event();
        event.type = type;
        details.accept(event);
        assertTrue(ui(() -> display.post(event)), "Display.post refused " + type);
    }

    /** Picks an item of a combo, as a selection from its list does. */
    public void choose(Supplier<Combo> combo, String item) {
        ui(() -> {
            Combo chooser = combo.get();
            chooser.select(java.util.Arrays.asList(chooser.getItems()).indexOf(item));
            chooser.notifyListeners(SWT.Selection, new Event());
            return null;
        });
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
