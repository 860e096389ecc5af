package dev.callbench.ui.internal.quality;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;

import dev.callbench.api.event.AgentEvent;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Keeps the softphone call's quality from its first second, before anybody opens the Call quality tab (a part is
 * made only when it is first shown), and puts it in the application's context for the part.
 */
public class CallQualityAddon {

    private final QualityHistory history = new QualityHistory();

    @PostConstruct
    void publish(MApplication application) {
        application.getContext().set(QualityHistory.class, history);
    }

    @Inject
    @Optional
    void onQuality(@UIEventTopic("dev/callbench/agent/SOFTPHONE_QUALITY") AgentEvent event) {
        if (event instanceof AgentEvent.CallQualityUpdate update) {
            history.add(update.quality());
        }
    }

    @Inject
    @Optional
    void onSessionEnded(@UIEventTopic("dev/callbench/agent/SOFTPHONE_SESSION_ENDED") AgentEvent event) {
        if (event instanceof AgentEvent.SoftphoneSessionEnded ended) {
            history.ended(ended.report());
        }
    }
}
