package dev.callbench.api.service;

import java.util.Map;
import java.util.Objects;

import dev.callbench.api.ConnectionState;
import dev.callbench.api.Endpoint;

/**
 * An action the agent takes on a contact (or that starts one). {@link ContactCenter#perform(ContactAction)} carries
 * it out, after every {@link dev.callbench.api.whiteboard.ContactActionHook} agreed.
 */
public sealed interface ContactAction {

    /** The action's name, as used in the {@code callbench.contact.actions} property of hooks: {@code Accept} ... */
    default String name() {
        return getClass().getSimpleName();
    }

    /** An action on an existing contact. */
    sealed interface OnContact extends ContactAction {
        /** The contact acted on. */
        String contactId();
    }

    /** Place a call to a number or a quick connect. */
    record Dial(Endpoint endpoint) implements ContactAction {
        public Dial {
            Objects.requireNonNull(endpoint, "endpoint");
        }
    }

    /** Accept an offered contact. */
    record Accept(String contactId) implements OnContact {
        public Accept {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /** Reject an offered contact. */
    record Reject(String contactId) implements OnContact {
        public Reject {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /** Put a leg of a contact on hold. */
    record Hold(String contactId, String connectionId) implements OnContact {
        public Hold {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(connectionId, "connectionId");
        }
    }

    /** Take a leg of a contact off hold. */
    record Resume(String contactId, String connectionId) implements OnContact {
        public Resume {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(connectionId, "connectionId");
        }
    }

    /** Mute ({@code true}) or unmute the agent on a contact. */
    record Mute(String contactId, boolean muted) implements OnContact {
        public Mute {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /** Send DTMF digits ({@code 0-9 * # ,}) on a leg of a contact. */
    record SendDigits(String contactId, String connectionId, String digits) implements OnContact {
        public SendDigits {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(connectionId, "connectionId");
            if (!digits.matches("[0-9*#,]+")) {
                throw new IllegalArgumentException("digits may only be 0-9, * , # and commas: " + digits);
            }
        }
    }

    /** Hand the contact to a quick connect and leave it. */
    record Transfer(String contactId, Endpoint endpoint) implements OnContact {
        public Transfer {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(endpoint, "endpoint");
        }
    }

    /** Call a quick connect while the customer waits on hold, to talk before a transfer or a conference. */
    record Consult(String contactId, Endpoint endpoint) implements OnContact {
        public Consult {
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(endpoint, "endpoint");
        }
    }

    /** Join all legs of a contact into one conversation. */
    record Conference(String contactId) implements OnContact {
        public Conference {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /** Hang up: end the agent's leg of the contact. */
    record End(String contactId) implements OnContact {
        public End {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /** Finish the after-call work of an ended contact; the agent returns to the state they chose. */
    record ClearAfterCallWork(String contactId) implements OnContact {
        public ClearAfterCallWork {
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /**
     * A supervisor on their monitoring contact listens silently ({@link ConnectionState#SILENT_MONITOR}) or barges in
     * ({@link ConnectionState#BARGE}), as their monitoring capabilities allow: Streams'
     * {@code contact.updateMonitorParticipantState}.
     *
     * @since 2.3
     */
    record UpdateMonitorState(String contactId, ConnectionState target) implements OnContact {
        public UpdateMonitorState {
            Objects.requireNonNull(contactId, "contactId");
            if (target != ConnectionState.SILENT_MONITOR && target != ConnectionState.BARGE) {
                throw new IllegalArgumentException("a monitoring leg is SILENT_MONITOR or BARGE, not " + target);
            }
        }
    }

    /** Set contact attributes (names to values); attributes not named keep their values. */
    record UpdateAttributes(String contactId, Map<String, String> attributes) implements OnContact {
        public UpdateAttributes {
            Objects.requireNonNull(contactId, "contactId");
            attributes = Map.copyOf(attributes);
        }
    }
}
