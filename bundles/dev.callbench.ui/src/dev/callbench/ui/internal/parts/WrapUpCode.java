package dev.callbench.ui.internal.parts;

import java.util.Arrays;
import java.util.Optional;

import dev.callbench.ui.internal.Messages;

/**
 * How a contact ended, chosen by the agent in after-call work. The chosen code's name is kept with the contact in
 * the contact center, as the contact attribute {@value #ATTRIBUTE}, where reports and action hooks read it (the CRM
 * example's hook, for one, refuses to clear a contact without one).
 */
enum WrapUpCode {
    RESOLVED, FOLLOW_UP, ESCALATED, SALE, WRONG_NUMBER;

    /** The contact attribute that holds the chosen code's name. */
    static final String ATTRIBUTE = "wrapUpCode";

    /** What the agent reads for this code. */
    String label() {
        return switch (this) {
            case RESOLVED -> Messages.WrapUp_resolved;
            case FOLLOW_UP -> Messages.WrapUp_followUp;
            case ESCALATED -> Messages.WrapUp_escalated;
            case SALE -> Messages.WrapUp_sale;
            case WRONG_NUMBER -> Messages.WrapUp_wrongNumber;
        };
    }

    /** The code an attribute's value names, if it names one. */
    static Optional<WrapUpCode> of(String attributeValue) {
        return Arrays.stream(values()).filter(code -> code.name().equals(attributeValue)).findFirst();
    }
}
