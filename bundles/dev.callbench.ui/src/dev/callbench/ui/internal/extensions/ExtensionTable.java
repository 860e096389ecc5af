package dev.callbench.ui.internal.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.callbench.ui.internal.Messages;

/** A list of extensions, by name and version, of which one is chosen: the first, until the agent chooses another. */
final class ExtensionTable {

    private static final int ROWS = 4;

    private final Table table;
    private final List<Extension> shown = new ArrayList<>();

    ExtensionTable(Composite parent) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = table.getHeaderHeight() + table.getItemHeight() * ROWS;
        table.setLayoutData(data);
        column(Messages.Extensions_name, 420);
        column(Messages.Extensions_version, 140);
    }

    void show(List<Extension> extensions) {
        table.removeAll();
        shown.clear();
        shown.addAll(extensions);
        for (Extension extension : extensions) {
            new TableItem(table, SWT.NONE).setText(new String[] { extension.name(), extension.version() });
        }
        if (!extensions.isEmpty()) {
            table.select(0);
        }
        table.notifyListeners(SWT.Selection, null);
    }

    void remove(Extension extension) {
        List<Extension> left = new ArrayList<>(shown);
        left.removeIf(each -> each.unit().equals(extension.unit()));
        show(left);
    }

    Optional<Extension> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    void onSelection(Runnable changed) {
        table.addListener(SWT.Selection, e -> changed.run());
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }
}
