package dev.callbench.events.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.api.whiteboard.WhiteboardProperties;

/**
 * A contact action hook with what it selected (the actions, and the contacts by type and queue), its time budget,
 * and its overruns of it.
 */
record RegisteredHook(ServiceReference<ContactActionHook> reference, ContactActionHook hook, ListenerIdentity who,
        Set<String> actions, Predicate<Contact> contacts, Duration budget, HookOverruns overruns)
        implements Comparable<RegisteredHook> {

    static RegisteredHook of(ServiceReference<ContactActionHook> reference, ContactActionHook hook,
            Duration defaultBudget, long overrunsBeforeQuarantine, Consumer<Selection.Unknown> unknown) {
        Map<String, Object> properties = FrameworkUtil.asMap(reference.getProperties());
        return new RegisteredHook(reference, hook, EventBusComponent.identify(reference, hook),
                PropertyValues.strings(properties, WhiteboardProperties.CONTACT_ACTIONS),
                Selection.contacts(properties, unknown),
                PropertyValues.millis(properties, WhiteboardProperties.TIME_BUDGET, defaultBudget),
                new HookOverruns(overrunsBeforeQuarantine));
    }

    boolean quarantined() {
        return overruns.quarantined();
    }

    /** Whether this hook is asked about the action. A call being dialed counts as a voice contact in no queue. */
    boolean isInterestedIn(ContactAction action, AgentSnapshot snapshot) {
        if (!actions.isEmpty() && !actions.contains(action.name())) {
            return false;
        }
        return switch (action) {
            case ContactAction.OnContact onContact -> snapshot.contact(onContact.contactId()).map(contacts::test)
                    .orElse(true);
            case ContactAction.Dial dial -> contacts.test(dialedCall(snapshot));
        };
    }

    private static Contact dialedCall(AgentSnapshot snapshot) {
        return new Contact("dialing", "dialing", ContactType.VOICE, ContactState.INIT, snapshot.takenAt(), null, null,
                Map.of(), List.of());
    }

    /** Highest service ranking first, then the oldest registration. */
    @Override
    public int compareTo(RegisteredHook other) {
        return other.reference.compareTo(reference);
    }
}
