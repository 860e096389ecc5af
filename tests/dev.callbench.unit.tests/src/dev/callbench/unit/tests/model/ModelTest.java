package dev.callbench.unit.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import dev.callbench.api.AgentStateType;
import dev.callbench.api.ContactType;
import dev.callbench.api.WireNames;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;
import dev.callbench.tests.support.ModelFixtures;

/** What the model promises to those who code against it. */
class ModelTest {

    @Test
    void wireNamesAreAmazonConnects() {
        assertEquals("queue_callback", WireNames.of(ContactType.QUEUE_CALLBACK));
        assertSame(AgentStateType.NOT_ROUTABLE, WireNames.parse(AgentStateType.class, "not_routable"));
    }

    @Test
    void contactsAnswerTheQuestionsStreamsAnswers() {
        var call = ModelFixtures.voiceCall("c-1", ModelFixtures.SALES, Map.of("customerTier", "gold"));
        assertTrue(call.isInbound());
        assertFalse(call.isSoftphoneCall());
        assertEquals("c-1-agent", call.agentConnection().orElseThrow().id());
        assertEquals("gold", call.attribute("customerTier").orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> call.attributes().put("x", "y"));
    }

    @Test
    void anEventCarriesTheDetailsOfItsTypeOnly() {
        var snapshot = ModelFixtures.snapshot();
        assertThrows(IllegalArgumentException.class, () -> AgentEvent.of(AgentEvent.Type.STATE_CHANGE, snapshot));
        AgentEvent.StateChange change = AgentEvent.stateChange(snapshot, ModelFixtures.AVAILABLE);
        assertEquals("Available", change.oldState().name());
        assertEquals("Busy", change.newState().name());
        assertEquals("dev/callbench/agent/STATE_CHANGE", change.topic());
    }

    @Test
    void digitsAreCheckedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> new ContactAction.SendDigits("c-1", "c-1-agent", "12a"));
        assertEquals("SendDigits", new ContactAction.SendDigits("c-1", "c-1-agent", "1,2#").name());
    }

    @Test
    void aFailedActionGivesTheAgentASentence() {
        CompletableFuture<Void> failed = CompletableFuture
                .failedFuture(new ActionFailedException(ActionFailedException.Reason.ACCESS_DENIED, null));
        ExecutionException wrapped = assertThrows(ExecutionException.class, failed::get);
        ActionFailedException failure = ActionFailedException.of(wrapped);
        assertEquals(ActionFailedException.Reason.ACCESS_DENIED, failure.reason());
        assertEquals("You are not allowed to do this. Ask your supervisor for the permission.", failure.getMessage());

        ActionFailedException other = ActionFailedException.of(new IllegalStateException("socket closed"));
        assertEquals(ActionFailedException.Reason.FAILED, other.reason());
        assertTrue(other.getMessage().startsWith("The action failed."), other.getMessage());
    }
}
