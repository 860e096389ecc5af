package dev.callbench.server.internal.push;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.OpenSessions;

/**
 * One agent's push socket. Each frame is {@code {"topic", "content"}}: aws/subscribe and aws/unsubscribe answer with
 * the topics and {@code "status": "success"} (or "failure" for a malformed list), aws/heartbeat with aws/heartbeat
 * (Streams sends one every 10 s and reconnects when the answer has not come by the next), anything else with a
 * {@code message}. Public only because Jetty calls its listener methods through method handles.
 */
public final class PushSocket implements Session.Listener.AutoDemanding {

    static final String SUBSCRIBE = "aws/subscribe";
    static final String UNSUBSCRIBE = "aws/unsubscribe";
    static final String HEARTBEAT = "aws/heartbeat";
    private static final Logger LOG = LoggerFactory.getLogger(PushSocket.class);
    /** Six missed heartbeats: the agent's browser is gone. */
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final int MAX_TOPICS = 64;
    private static final int MAX_TOPIC_CHARS = 256;

    private final PushChannel channel;
    private final String login;
    private final Set<String> topics = new LinkedHashSet<>();
    private volatile Session session;

    PushSocket(PushChannel channel, String login) {
        this.channel = channel;
        this.login = login;
    }

    String login() {
        return login;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        opened.setIdleTimeout(IDLE);
        channel.opened(this);
        LOG.debug("Push channel of agent {} open", login);
    }

    @Override
    public void onWebSocketText(String text) {
        JsonObject frame = parse(text);
        String topic = frame == null ? null : string(frame.get("topic"));
        if (topic == null) {
            send(message("A frame is a JSON object with a topic."));
            return;
        }
        switch (topic) {
            case HEARTBEAT -> send(frame(HEARTBEAT, null));
            case SUBSCRIBE, UNSUBSCRIBE -> subscription(topic, frame.get("content"));
            default -> send(message("Nothing is published on " + LogText.of(topic) + " here."));
        }
    }

    private synchronized void subscription(String topic, JsonElement content) {
        List<String> asked = topics(content);
        boolean fits = asked != null && (!SUBSCRIBE.equals(topic) || fitsWith(asked));
        if (fits && SUBSCRIBE.equals(topic)) {
            topics.addAll(asked);
        } else if (fits) {
            asked.forEach(topics::remove);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("status", fits ? "success" : "failure");
        JsonArray list = new JsonArray();
        (asked == null ? List.<String>of() : asked).forEach(list::add);
        answer.add("topics", list);
        send(frame(topic, answer));
    }

    private boolean fitsWith(List<String> asked) {
        Set<String> after = new LinkedHashSet<>(topics);
        after.addAll(asked);
        return after.size() <= MAX_TOPICS;
    }

    /** The topic names of a (un)subscribe, or null when the content is not {"topics": [names]}. */
    private static List<String> topics(JsonElement content) {
        if (content == null || !content.isJsonObject() || !content.getAsJsonObject().has("topics")
                || !content.getAsJsonObject().get("topics").isJsonArray()) {
            return null;
        }
        List<String> names = content.getAsJsonObject().getAsJsonArray("topics").asList().stream()
                .map(PushSocket::string).toList();
        boolean valid = names.stream().allMatch(n -> n != null && !n.isEmpty() && n.length() <= MAX_TOPIC_CHARS);
        return valid ? names : null;
    }

    private static JsonObject parse(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                ? element.getAsString() : null;
    }

    private static String frame(String topic, JsonObject content) {
        JsonObject frame = new JsonObject();
        frame.addProperty("topic", topic);
        if (content != null) {
            frame.add("content", content);
        }
        return frame.toString();
    }

    private static String message(String sentence) {
        JsonObject frame = new JsonObject();
        frame.addProperty("message", sentence);
        return frame.toString();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        channel.closed(this);
        LOG.debug("Push channel of agent {} closed ({})", login, statusCode);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("Push channel of agent {} failed", login, cause);
    }

    private void send(String text) {
        OpenSessions.sendText(session, text);
    }

    void close() {
        OpenSessions.close(session);
    }
}
