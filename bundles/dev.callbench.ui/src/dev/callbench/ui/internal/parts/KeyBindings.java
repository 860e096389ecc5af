package dev.callbench.ui.internal.parts;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.swt.SWT;

/**
 * The keys the application model binds to the control panel's commands, as the agent reads them: {@code M1+M2+A}
 * becomes {@code Ctrl+Shift+A} (on a Mac, {@code Command+Shift+A}).
 */
final class KeyBindings {

    private KeyBindings() {
    }

    static Map<PanelAction, String> of(MApplication application) {
        Map<PanelAction, String> keys = new EnumMap<>(PanelAction.class);
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() == null) {
                    continue;
                }
                for (PanelAction action : PanelAction.values()) {
                    if (action.commandId().equals(binding.getCommand().getElementId())) {
                        keys.putIfAbsent(action, readable(binding.getKeySequence()));
                    }
                }
            }
        }
        return keys;
    }

    /** The keys bound to the status command, by the place in the status chooser that each binding names. */
    static Map<Integer, String> ofStates(MApplication application) {
        Map<Integer, String> keys = new TreeMap<>();
        for (MBindingTable table : application.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() != null
                        && ControlPanelPart.STATE_COMMAND.equals(binding.getCommand().getElementId())) {
                    binding.getParameters().stream()
                            .filter(p -> ControlPanelPart.STATE_POSITION.equals(p.getName()))
                            .map(p -> place(p.getValue())).filter(place -> place > 0).findFirst()
                            .ifPresent(place -> keys.putIfAbsent(place, readable(binding.getKeySequence())));
                }
            }
        }
        return keys;
    }

    private static int place(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A key sequence of the model ({@code M1+M2+A}) in the names printed on keys. */
    static String readable(String sequence) {
        boolean mac = "cocoa".equals(SWT.getPlatform());
        StringBuilder text = new StringBuilder();
        for (String key : sequence.split("\\+")) {
            if (!text.isEmpty()) {
                text.append('+');
            }
            text.append(switch (key.trim().toUpperCase(Locale.ROOT)) {
                case "M1" -> mac ? "Command" : "Ctrl";
                case "M2" -> "Shift";
                case "M3" -> mac ? "Option" : "Alt";
                case "M4" -> mac ? "Ctrl" : "M4";
                default -> key.trim();
            });
        }
        return text.toString();
    }
}
