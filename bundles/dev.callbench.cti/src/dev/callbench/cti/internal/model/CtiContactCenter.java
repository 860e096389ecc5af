package dev.callbench.cti.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.ContactState;
import dev.callbench.api.Endpoint;
import dev.callbench.api.IceServer;
import dev.callbench.api.Queue;
import dev.callbench.api.QueueMetrics;
import dev.callbench.api.SessionReport;
import dev.callbench.api.WireNames;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.internal.suite.ContactActionHooks;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.internal.sync.AgentSession;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.SoftphoneTransport;

/**
 * The {@link ContactCenter} of one signed-in agent over a CTI service: what is true now comes from the
 * session's latest snapshot; each action asks the contact action hooks, then makes its CTI call.
 */
public final class CtiContactCenter implements ContactCenter {

    private final AgentSession session;
    private final EventPublisher publisher;
    private final Supplier<ContactActionHooks> hooks;
    private final Consumer<CallbenchEvent> events;

    /** {@code hooks} gives the hook service, or null while none runs. */
    public CtiContactCenter(AgentSession session, EventPublisher publisher, Supplier<ContactActionHooks> hooks,
            Consumer<CallbenchEvent> events) {
        this.session = session;
        this.publisher = publisher;
        this.hooks = hooks;
        this.events = events;
    }

    @Override
    public Optional<AgentSnapshot> snapshot() {
        return Optional.ofNullable(publisher.latest());
    }

    @Override
    public CompletionStage<Void> setState(AgentState state) {
        JsonObject wireState = new JsonObject();
        wireState.addProperty("name", state.name());
        wireState.addProperty("type", WireNames.of(state.type()));
        wireState.addProperty("agentStateARN", state.arn());
        JsonObject body = new JsonObject();
        body.add("state", wireState);
        // as the CCP does: a state picked on a call or in after-call work is the next state (Connect refuses a plain
        // one during a live contact); picked with only missed or rejected contacts, it applies now and clears them
        body.addProperty("enqueueNextState", snapshot().map(now -> now.contacts().stream()
                .anyMatch(c -> c.state().isActive() || c.state() == ContactState.ENDED)).orElse(false));
        return call("PutAgentState", body);
    }

    @Override
    public CompletionStage<List<Endpoint>> quickConnects() {
        JsonArray queues = new JsonArray();
        snapshot().ifPresent(now -> now.agent().routingProfile().queues().stream().map(Queue::arn)
                .forEach(queues::add));
        return endpoints(queues, null, new ArrayList<>()).exceptionallyCompose(
                failure -> CompletableFuture.failedFuture(ActionFailures.of(failure)));
    }

    @Override
    public CompletionStage<List<QueueMetrics>> queueMetrics() {
        List<Queue> queues = snapshot().map(now -> now.agent().routingProfile().queues()).orElse(List.of());
        if (queues.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return session.call(QueueMetricsCall.OPERATION, QueueMetricsCall.request(queues))
                .thenApply(answer -> QueueMetricsCall.metrics(answer, queues)).exceptionallyCompose(
                        failure -> CompletableFuture.failedFuture(ActionFailures.of(failure)));
    }

    @Override
    public CompletionStage<Void> reportSoftphoneSession(SessionReport report) {
        return call("SendSoftphoneCallReport", SoftphoneReportJson.of(report));
    }

    @Override
    public CompletionStage<Void> updateConfiguration(AgentConfiguration configuration) {
        JsonObject wire = new JsonObject();
        wire.addProperty("softphoneEnabled", configuration.softphoneEnabled());
        wire.addProperty("softphoneAutoAccept", configuration.softphoneAutoAccept());
        wire.addProperty("extension", configuration.extension());
        if (!configuration.language().isEmpty()) {
            JsonObject preferences = new JsonObject();
            preferences.addProperty("LANGUAGE", configuration.language());
            wire.add("agentPreferences", preferences);
        }
        JsonObject body = new JsonObject();
        body.add("configuration", wire);
        return session.call("UpdateAgentConfiguration", body).<Void>thenApply(answer -> {
            publisher.configurationChanged(configuration);
            return null;
        }).exceptionallyCompose(failure -> CompletableFuture.failedFuture(ActionFailures.ofConfiguration(failure)));
    }

    @Override
    public CompletionStage<List<IceServer>> softphoneIceServers() {
        JsonObject body = new JsonObject();
        body.addProperty("transportType", "softphone");
        return session.call("CreateTransport", body).thenApply(answer -> {
            try {
                return SoftphoneTransport.iceServers(answer);
            } catch (MalformedSnapshotException e) {
                throw new CompletionException(unreadable(e));
            }
        }).exceptionallyCompose(failure -> CompletableFuture.failedFuture(ActionFailures.of(failure)));
    }

    @Override
    public CompletionStage<Void> perform(ContactAction action) {
        AgentSnapshot now = publisher.latest();
        if (now == null) {
            return CompletableFuture.failedFuture(
                    new ActionFailedException(ActionFailedException.Reason.NOT_CONNECTED, null));
        }
        ContactActionHooks running = hooks.get();
        CompletionStage<Void> agreed = running == null ? CompletableFuture.completedFuture(null)
                : running.before(action, now);
        return agreed.thenCompose(ok -> {
            ActionRequests.Request request = ActionRequests.of(action, now);
            return call(request.operation(), request.body());
        }).whenComplete((ok, failure) -> done(running, action, now, failure));
    }

    private void done(ContactActionHooks running, ContactAction action, AgentSnapshot before, Throwable failure) {
        if (running != null) {
            running.after(action, before, failure == null ? null : ActionFailures.of(failure));
        }
        if (failure == null && action instanceof ContactAction.Accept accept) {
            acceptedEvent(accept.contactId());
        }
    }

    /** Streams fires {@code contact::accepted} when the accept call succeeded; so does Callbench. */
    private void acceptedEvent(String contactId) {
        AgentSnapshot now = publisher.latest();
        if (now != null) {
            now.contact(contactId).ifPresent(contact -> events.accept(
                    ContactEvent.of(ContactEvent.Type.ACCEPTED, contact, now)));
        }
    }

    private CompletableFuture<Void> call(String operation, JsonObject body) {
        return session.call(operation, body).<Void>thenApply(answer -> null).exceptionallyCompose(
                failure -> CompletableFuture.failedFuture(ActionFailures.of(failure)));
    }

    private CompletableFuture<List<Endpoint>> endpoints(JsonArray queues, String nextToken, List<Endpoint> found) {
        JsonObject body = new JsonObject();
        body.add("queueARNs", queues);
        body.addProperty("maxResults", 100);
        if (nextToken != null) {
            body.addProperty("nextToken", nextToken);
        }
        return session.call("GetEndpoints", body).thenCompose(answer -> {
            String next = EndpointsAnswer.read(answer, found);
            return next == null ? CompletableFuture.completedFuture(found) : endpoints(queues, next, found);
        });
    }

    static ActionFailedException unreadable(MalformedSnapshotException problem) {
        return new ActionFailedException(ActionFailedException.Reason.FAILED, problem);
    }
}
