package dev.callbench.server.internal.media;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What the media endpoint hears and sends on one softphone leg, now: the admin API's {@code GET
 * /admin/calls/{contactId}/media}.
 *
 * @param callerSends silence (ringing), recording, tone or hold (the caller is on hold: the agent hears silence)
 * @param callerHears nothing (ringing), agent, holdMusic
 * @param callerHearsTonesHz the frequencies listened for that the caller's last 100 ms hold, alone or beside another
 *        voice: the agent's tone, and a supervisor's who barged in or the other agents' of a conference
 * @param agentToneHz the one frequency listened for that the agent's last 100 ms are a tone of, or null
 * @param agentLevelDbfs the level of the agent's last 100 ms; {@link #FLOOR_DBFS} for digital silence
 */
public record MediaView(String contactId, boolean iceConnected, String callerSends, Integer callerToneHz,
        String callerHears, double callerHearsDbfs, List<Integer> callerHearsTonesHz, Integer agentToneHz, double agentLevelDbfs, String dtmfDigits,
        long packetsReceived, long packetsSent, List<Integer> listenForHz) {

    /** Where levels stop: JSON has no -Infinity. */
    public static final double FLOOR_DBFS = -120;

    public MediaView {
        listenForHz = List.copyOf(listenForHz);
        callerHearsTonesHz = List.copyOf(callerHearsTonesHz);
        callerHearsDbfs = floored(callerHearsDbfs);
        agentLevelDbfs = floored(agentLevelDbfs);
    }

    public JsonObject json() {
        JsonObject json = new JsonObject();
        json.addProperty("contactId", contactId);
        json.addProperty("media", true);
        json.addProperty("iceConnected", iceConnected);
        json.addProperty("callerSends", callerSends);
        json.addProperty("callerToneHz", callerToneHz);
        json.addProperty("callerHears", callerHears);
        json.addProperty("callerHearsDbfs", callerHearsDbfs);
        JsonArray callerTones = new JsonArray();
        callerHearsTonesHz.forEach(callerTones::add);
        json.add("callerHearsTonesHz", callerTones);
        json.addProperty("agentToneHz", agentToneHz);
        json.addProperty("agentLevelDbfs", agentLevelDbfs);
        json.addProperty("dtmfDigits", dtmfDigits);
        json.addProperty("packetsReceived", packetsReceived);
        json.addProperty("packetsSent", packetsSent);
        JsonArray listened = new JsonArray();
        listenForHz.forEach(listened::add);
        json.add("listenForHz", listened);
        return json;
    }

    private static double floored(double dbfs) {
        return Double.isNaN(dbfs) || dbfs < FLOOR_DBFS ? FLOOR_DBFS : Math.round(dbfs * 10) / 10.0;
    }
}
