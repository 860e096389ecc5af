package dev.callbench.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.AudioDevice;
import dev.callbench.ui.internal.Messages;

/**
 * One device's row of the Settings: its label and a chooser of the devices by the names a person knows, the first
 * being the system's default. Until the devices are listed, it offers the device chosen before, by its id.
 */
final class DeviceChooser {

    private final Combo combo;
    private final List<String> ids = new ArrayList<>();
    private String chosen;

    DeviceChooser(Composite parent, String label, String chosen) {
        this.chosen = chosen;
        new Label(parent, SWT.NONE).setText(label);
        combo = new Combo(parent, SWT.READ_ONLY);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 280;
        combo.setLayoutData(data);
        show(chosen.isEmpty() ? List.of() : List.of(new AudioDevice(chosen, chosen)));
        combo.addListener(SWT.Selection, e -> this.chosen = ids.get(combo.getSelectionIndex()));
    }

    /** Offers {@code devices}, keeping the choice when it is among them. */
    void show(List<AudioDevice> devices) {
        combo.removeAll();
        ids.clear();
        combo.add(Messages.Settings_systemDefault);
        ids.add("");
        for (AudioDevice device : devices) {
            combo.add(device.name());
            ids.add(device.id());
        }
        int index = ids.indexOf(chosen);
        combo.select(Math.max(0, index));
        chosen = ids.get(combo.getSelectionIndex());
    }

    /** The chosen device's id; empty: the system's default. */
    String chosen() {
        return chosen;
    }

    boolean isDisposed() {
        return combo.isDisposed();
    }
}
