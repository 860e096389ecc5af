package dev.callbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-facing text; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String AboutPart_productName;
    public static String AboutPart_version;
    public static String AboutPart_runtime;
    public static String EventLog_filter;
    public static String EventLog_export;
    public static String EventLog_exporting;
    public static String EventLog_saved;
    public static String EventLog_exportFailed;
    public static String EventLog_shown;
    public static String EventLog_time;
    public static String EventLog_event;
    public static String EventLog_detail;
    public static String AgentStatus_notSignedIn;
    public static String AgentStatus_agent;
    public static String AgentStatus_connecting;
    public static String AgentStatus_connected;
    public static String AgentStatus_notConnected;
    public static String AgentStatus_connectionLost;
    public static String AgentStatus_timeInState;
    public static String AgentStatus_nextState;
    public static String AgentStatus_stateChooser;
    public static String Contact_none;
    public static String Contact_offered;
    public static String Contact_typeVoice;
    public static String Contact_typeQueueCallback;
    public static String Contact_typeChat;
    public static String Contact_typeTask;
    public static String Contact_callerWithName;
    public static String Contact_unknownCaller;
    public static String Contact_queue;
    public static String Contact_outbound;
    public static String Contact_ringing;
    public static String Contact_connected;
    public static String Contact_dialing;
    public static String Contact_onHold;
    public static String Contact_muted;
    public static String Contact_afterCallWork;
    public static String Contact_missed;
    public static String Contact_accept;
    public static String Contact_reject;
    public static String Contact_hold;
    public static String Contact_resume;
    public static String Contact_mute;
    public static String Contact_unmute;
    public static String Contact_end;
    public static String Contact_clear;
    public static String Contact_withShortcut;
    public static String Keypad_toggle;
    public static String Keypad_key;
    public static String Keypad_sent;
    public static String QuickConnects_toggle;
    public static String QuickConnects_loading;
    public static String QuickConnects_picker;
    public static String QuickConnects_none;
    public static String QuickConnects_transfer;
    public static String QuickConnects_consult;
    public static String QuickConnects_join;
    public static String QuickConnects_consulting;
    public static String QuickConnects_number;
    public static String QuickConnects_queue;
    public static String QuickConnects_agent;
    public static String Dial_hint;
    public static String Dial_call;
    public static String Shortcuts_legend;
    public static String Shortcuts_entry;
    public static String Shortcuts_separator;
    public static String Problem_softphone;
    public static String Panel_failed;
    public static String Settings_title;
    public static String Settings_contactCenter;
    public static String Settings_localContactCenter;
    public static String Settings_otherContactCenter;
    public static String Settings_endpoint;
    public static String Settings_endpointHint;
    public static String Settings_login;
    public static String Settings_password;
    public static String Settings_passwordKept;
    public static String Settings_passwordMissing;
    public static String Settings_endpointInvalid;
    public static String Settings_loginMissing;
    public static String Settings_passwordNotRead;
    public static String Settings_passwordNotKept;
    public static String Settings_notKept;
    public static String Settings_notApplied;
    public static String Settings_audio;
    public static String Settings_microphone;
    public static String Settings_speaker;
    public static String Settings_ringer;
    public static String Settings_systemDefault;
    public static String Settings_test;
    public static String Settings_testing;
    public static String Settings_tested;
    public static String Settings_noSoftphone;
    public static String Settings_noRinger;
    public static String Settings_noSoundSystem;
    public static String Settings_audioFailed;
    public static String Settings_look;
    public static String Settings_light;
    public static String Settings_dark;
    public static String Settings_save;
    public static String Settings_cancel;

    static {
        NLS.initializeMessages("dev.callbench.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
