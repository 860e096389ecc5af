package dev.callbench.ui.internal.parts;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
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
        PartLayout.column(parent, 24);
        Label title = PartLayout.row(parent, Messages.AboutPart_productName);
        titleFont = enlarged(title, 1.8);
        title.setFont(titleFont);
        PartLayout.row(parent, NLS.bind(Messages.AboutPart_version, workbenchVersion()));
        PartLayout.row(parent, NLS.bind(Messages.AboutPart_runtime, Runtime.version().feature(),
                System.getProperty("os.name"), System.getProperty("os.arch")));
    }

    /** The workbench bundle's version: the product's, since one build stamps both with the same qualifier. */
    private static String workbenchVersion() {
        return FrameworkUtil.getBundle(AboutPart.class).getVersion().toString();
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
