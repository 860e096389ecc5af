package dev.callbench.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The read-only tables the workbench's tabs show: a header, grid lines, whole rows selected. */
public final class Tables {

    /** A column: its title, its alignment ({@link SWT#LEFT} or {@link SWT#RIGHT}) and its width at first. */
    public record Column(String title, int alignment, int width) {

        public static Column left(String title, int width) {
            return new Column(title, SWT.LEFT, width);
        }

        public static Column right(String title, int width) {
            return new Column(title, SWT.RIGHT, width);
        }
    }

    private Tables() {
    }

    /** {@code extraStyle}: more style bits, such as {@link SWT#V_SCROLL}. */
    public static Table of(Composite parent, int extraStyle, Column... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | extraStyle);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column each : columns) {
            TableColumn column = new TableColumn(table, each.alignment());
            column.setText(each.title());
            column.setWidth(each.width());
        }
        return table;
    }
}
