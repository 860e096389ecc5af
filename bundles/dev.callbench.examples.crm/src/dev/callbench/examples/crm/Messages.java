package dev.callbench.examples.crm;

import org.eclipse.osgi.util.NLS;

/** The example's text for the agent; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String ScreenPop_label;
    public static String ScreenPop_noContact;
    public static String ScreenPop_unknownCaller;
    public static String ScreenPop_noNumber;
    public static String ScreenPop_company;
    public static String ScreenPop_account;
    public static String ScreenPop_tier;
    public static String ScreenPop_note;
    public static String ScreenPop_number;
    public static String WrapUp_title;
    public static String WrapUp_choose;
    public static String WrapUp_saving;
    public static String WrapUp_saved;
    public static String WrapUp_required;
    public static String WrapUp_resolved;
    public static String WrapUp_followUp;
    public static String WrapUp_escalated;
    public static String WrapUp_sale;
    public static String WrapUp_wrongNumber;

    static {
        NLS.initializeMessages("dev.callbench.examples.crm.messages", Messages.class);
    }

    private Messages() {
    }
}
