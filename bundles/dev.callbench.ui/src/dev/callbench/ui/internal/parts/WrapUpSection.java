package dev.callbench.ui.internal.parts;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.Contact;
import dev.callbench.ui.internal.Messages;

/**
 * The wrap-up code of a contact in after-call work: a chooser of the codes, the choice saved with the contact at
 * once (through the part's callback), and whether it is saved. What the chooser shows comes from the contact's
 * attribute, so that a code chosen elsewhere (an extension's panel) shows here too.
 */
final class WrapUpSection {

    private final Composite section;
    private final Combo codes;
    private final Label status;
    private String contactId;
    /** The code being saved, until the contact's attribute says it is: the chooser keeps it meanwhile. */
    private WrapUpCode saving;

    WrapUpSection(Composite parent, BiConsumer<String, WrapUpCode> onChosen) {
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        PartLayout.column(section, 0);
        PartLayout.row(section, Messages.WrapUp_title);
        codes = new Combo(section, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (WrapUpCode code : WrapUpCode.values()) {
            codes.add(code.label());
        }
        codes.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        status = PartLayout.row(section, Messages.WrapUp_none);
        codes.addListener(SWT.Selection, e -> {
            if (contactId != null && codes.getSelectionIndex() >= 0) {
                saving = WrapUpCode.values()[codes.getSelectionIndex()];
                PartLayout.setText(status, Messages.WrapUp_saving);
                onChosen.accept(contactId, saving);
            }
        });
        PartLayout.show(section, false);
    }

    /** Shows the contact's code while it is in after-call work; hides the section otherwise. */
    void show(Contact contact, boolean afterCallWork) {
        boolean shown = contact != null && afterCallWork;
        PartLayout.show(section, shown);
        if (!shown) {
            contactId = null;
            saving = null;
            return;
        }
        if (!contact.id().equals(contactId)) {
            contactId = contact.id();
            saving = null;
        }
        Optional<WrapUpCode> saved = contact.attribute(WrapUpCode.ATTRIBUTE).flatMap(WrapUpCode::of);
        if (saved.isPresent() && saved.get() == saving) {
            saving = null;
        }
        Optional<WrapUpCode> selected = saving != null ? Optional.of(saving) : saved;
        codes.select(selected.map(WrapUpCode::ordinal).orElse(-1));
        if (selected.isEmpty()) {
            codes.deselectAll();
        }
        PartLayout.setText(status, saving != null ? Messages.WrapUp_saving
                : saved.map(code -> Messages.WrapUp_saved).orElse(Messages.WrapUp_none));
    }

    /** Saving failed: the chooser goes back to what the contact has, and the agent reads why. */
    void failed(String contactIdSaved, String sentence) {
        if (contactIdSaved.equals(contactId)) {
            saving = null;
            PartLayout.setText(status, sentence);
        }
    }

    void enable(boolean enabled) {
        codes.setEnabled(enabled);
    }
}
