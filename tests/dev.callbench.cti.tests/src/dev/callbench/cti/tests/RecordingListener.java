package dev.callbench.cti.tests;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;

/** A whiteboard listener that records every event it gets. */
record RecordingListener(EventRecorder recorder) implements AgentListener, ContactListener {

    static final String[] SERVICES = { AgentListener.class.getName(), ContactListener.class.getName() };

    @Override
    public void onAgentEvent(AgentEvent event) {
        recorder.accept(event);
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        recorder.accept(event);
    }
}
