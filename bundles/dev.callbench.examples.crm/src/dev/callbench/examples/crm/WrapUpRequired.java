package dev.callbench.examples.crm;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.api.whiteboard.ContactActions;
import dev.callbench.api.whiteboard.ContactTypes;
import dev.callbench.api.whiteboard.HookVerdict;

/**
 * Keeps the agent in after-call work until the call has a wrap-up code: clearing a call that ended without one is
 * refused, with a sentence the agent reads in the control panel. A missed or rejected contact needs no code.
 */
@Component
@ContactActions("ClearAfterCallWork")
@ContactTypes({ ContactType.VOICE, ContactType.QUEUE_CALLBACK })
public class WrapUpRequired implements ContactActionHook {

    @Override
    public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
        if (!(action instanceof ContactAction.OnContact onContact)) {
            return HookVerdict.allow();
        }
        Optional<Contact> contact = snapshot.contact(onContact.contactId());
        boolean afterCall = contact.map(c -> c.state() == ContactState.ENDED).orElse(false);
        boolean coded = contact.flatMap(c -> c.attribute(WrapUpCode.ATTRIBUTE)).flatMap(WrapUpCode::of).isPresent();
        return afterCall && !coded ? HookVerdict.refuse(Messages.WrapUp_required) : HookVerdict.allow();
    }
}
