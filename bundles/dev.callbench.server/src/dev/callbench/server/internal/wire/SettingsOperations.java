package dev.callbench.server.internal.wire;

import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.AgentSettings;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.state.AgentSettingsFile;

/**
 * {@code UpdateAgentConfiguration}: the CCP's settings (softphone or desk phone, auto-accept, language). They are kept
 * for the agent (for good with a state folder, else while the server runs) and returned by GetAgentConfiguration; the
 * name and routing profile Streams sends back with them are the configuration's and do not change.
 */
final class SettingsOperations {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{3,14}");
    private static final int MAX_PREFERENCES = 16;
    private static final int MAX_PREFERENCE_CHARS = 128;

    private final ContactCenter center;
    private final AgentSettingsFile kept;

    SettingsOperations(ContactCenter center, AgentSettingsFile kept) {
        this.center = center;
        this.kept = kept;
    }

    void register(Map<String, Operation> operations) {
        operations.put("UpdateAgentConfiguration", this::update);
    }

    private JsonObject update(String login, JsonInput in) {
        JsonInput configuration = in.object("configuration");
        boolean softphone = configuration.bool("softphoneEnabled");
        String extension = configuration.optionalString("extension");
        if (!softphone && (extension == null || !E164.matcher(extension).matches())) {
            throw new CtiException(ErrorType.INVALID_CONFIGURATION, Messages.format("error.deskPhoneNumber"));
        }
        Map<String, String> preferences = configuration.optionalObject("agentPreferences") == null
                ? center.directory().agent(login).orElseThrow().settings().preferences()
                : preferences(configuration.stringMap("agentPreferences"));
        AgentSettings chosen = new AgentSettings(softphone, configuration.bool("softphoneAutoAccept"),
                softphone ? "" : extension, preferences);
        center.updateSettings(login, chosen);
        kept.saved(login, chosen);
        return new JsonObject();
    }

    private static Map<String, String> preferences(Map<String, String> sent) {
        boolean tooLong = sent.entrySet().stream()
                .anyMatch(e -> e.getKey().length() > MAX_PREFERENCE_CHARS || e.getValue().length() > MAX_PREFERENCE_CHARS);
        if (sent.size() > MAX_PREFERENCES || tooLong) {
            throw new CtiException(ErrorType.INVALID_PARAMETER,
                    Messages.format("error.tooManyPreferences", MAX_PREFERENCES, MAX_PREFERENCE_CHARS));
        }
        return sent;
    }
}
