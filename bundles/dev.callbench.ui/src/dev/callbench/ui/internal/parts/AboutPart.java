package dev.callbench.ui.internal.parts;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.FrameworkUtil;

import dev.callbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/** Shows which Callbench this is: the product's name, its version and the Java it runs on. */
public class AboutPart {

    private Font titleFont;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 24;
        layout.verticalSpacing = 8;
        parent.setLayout(layout);
        Label title = label(parent, Messages.AboutPart_productName);
        titleFont = enlarged(title, 1.8);
        title.setFont(titleFont);
        label(parent, NLS.bind(Messages.AboutPart_version, productVersion()));
        label(parent, NLS.bind(Messages.AboutPart_runtime, Runtime.version().feature(),
                System.getProperty("os.name"), System.getProperty("os.arch")));
    }

    static String productVersion() {
        return FrameworkUtil.getBundle(AboutPart.class).getVersion().toString();
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    private static Font enlarged(Label label, double factor) {
        FontData[] data = label.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * factor));
            each.setStyle(SWT.BOLD);
        }
        return new Font(label.getDisplay(), data);
    }

    @PreDestroy
    void dispose() {
        if (titleFont != null) {
            titleFont.dispose();
        }
    }
}
