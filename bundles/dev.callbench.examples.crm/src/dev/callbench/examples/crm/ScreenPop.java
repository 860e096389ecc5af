package dev.callbench.examples.crm;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import dev.callbench.api.ContactType;
import dev.callbench.api.whiteboard.PanelContribution;

/** Contributes the screen pop to the workbench: a tab that comes to the front when a call rings. */
@Component
public class ScreenPop implements PanelContribution {

    @Override
    public String id() {
        return "dev.callbench.examples.crm.screenPop";
    }

    @Override
    public String label() {
        return Messages.ScreenPop_label;
    }

    @Override
    public Class<?> partClass() {
        return ScreenPopPanel.class;
    }

    @Override
    public Set<ContactType> contactTypes() {
        return Set.of(ContactType.VOICE, ContactType.QUEUE_CALLBACK);
    }
}
