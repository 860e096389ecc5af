package dev.callbench.ui.internal.dialogs;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import dev.callbench.ui.internal.Messages;

/**
 * The Settings' look: the light or the dark theme (e4 CSS, contributed in plugin.xml). The theme engine keeps the
 * choice in its own preferences and applies it at every start.
 */
final class ThemeSection {

    static final String LIGHT = "dev.callbench.ui.theme.light";
    static final String DARK = "dev.callbench.ui.theme.dark";

    private final IThemeEngine themes;
    private final Button dark;

    ThemeSection(Composite parent, IThemeEngine themes) {
        this.themes = themes;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Settings_look);
        group.setLayout(new RowLayout(SWT.HORIZONTAL));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button light = new Button(group, SWT.RADIO);
        light.setText(Messages.Settings_light);
        dark = new Button(group, SWT.RADIO);
        dark.setText(Messages.Settings_dark);
        ITheme active = themes.getActiveTheme();
        boolean isDark = active != null && DARK.equals(active.getId());
        light.setSelection(!isDark);
        dark.setSelection(isDark);
    }

    /** Applies the chosen theme to every window at once, and keeps it for the next start. */
    void apply() {
        String chosen = dark.getSelection() ? DARK : LIGHT;
        ITheme active = themes.getActiveTheme();
        if (active == null || !chosen.equals(active.getId())) {
            themes.setTheme(chosen, true);
        }
    }
}
