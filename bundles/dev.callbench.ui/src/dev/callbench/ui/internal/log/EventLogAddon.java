package dev.callbench.ui.internal.log;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Keeps the session's event log from the start, before anybody opens the Event log tab (a part is made only when
 * it is first shown), and puts it in the application's context for the part.
 */
public class EventLogAddon {

    private final EventLog log = new EventLog();

    @PostConstruct
    void publish(MApplication application) {
        application.getContext().set(EventLog.class, log);
    }

    @Inject
    @Optional
    void onAgentEvent(@UIEventTopic("dev/callbench/agent/*") AgentEvent event) {
        log.add(event);
    }

    @Inject
    @Optional
    void onContactEvent(@UIEventTopic("dev/callbench/contact/*") ContactEvent event) {
        log.add(event);
    }
}
