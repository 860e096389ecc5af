package dev.callbench.cti.internal;

import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.event.EventProperties;
import dev.callbench.cti.internal.model.Messages;
import dev.callbench.cti.internal.wire.CtiCallException;

/** Tells the agent, through {@link CoreEvents} on EventAdmin, what went wrong before there was a session. */
final class CoreProblems {

    private CoreProblems() {
    }

    /** Posts the sentence on the topic; without EventAdmin there is nobody to tell. */
    static void post(EventAdmin eventAdmin, String topic, String problem) {
        if (eventAdmin != null) {
            eventAdmin.postEvent(new Event(topic, Map.of(CoreEvents.PROBLEM, problem, EventProperties.E4_DATA, problem)));
        }
    }

    /** Tells why a sign-in failed: refused, or the contact center could not be reached or understood. */
    static void signInFailed(EventAdmin eventAdmin, Throwable failure) {
        if (refused(failure)) {
            post(eventAdmin, CoreEvents.AUTH_FAIL, Messages.signInRefused);
        } else {
            post(eventAdmin, CoreEvents.INIT_FAILURE, Messages.signInImpossible);
        }
    }

    private static boolean refused(Throwable failure) {
        return CtiCallException.unwrap(failure) instanceof CtiCallException call && (call.kind() == CtiCallException.Kind.UNAUTHORIZED
                || call.kind() == CtiCallException.Kind.ACCESS_DENIED);
    }
}
