package dev.callbench.examples.crm;

import java.util.Arrays;
import java.util.Optional;

/** The wrap-up codes the agent chooses from: how the call ended, for the CRM's reports. */
public enum WrapUpCode {
    RESOLVED, FOLLOW_UP, ESCALATED, SALE, WRONG_NUMBER;

    /** The contact attribute that holds the chosen code's name, set through the contact center. */
    public static final String ATTRIBUTE = "wrapUpCode";

    /** What the agent reads for this code. */
    public String label() {
        return switch (this) {
            case RESOLVED -> Messages.WrapUp_resolved;
            case FOLLOW_UP -> Messages.WrapUp_followUp;
            case ESCALATED -> Messages.WrapUp_escalated;
            case SALE -> Messages.WrapUp_sale;
            case WRONG_NUMBER -> Messages.WrapUp_wrongNumber;
        };
    }

    /** The code of an attribute's value, if it is one of these. */
    public static Optional<WrapUpCode> of(String attributeValue) {
        return Arrays.stream(values()).filter(code -> code.name().equals(attributeValue)).findFirst();
    }
}
