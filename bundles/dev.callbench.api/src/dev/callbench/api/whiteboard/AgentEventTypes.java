package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

import dev.callbench.api.event.AgentEvent;

/**
 * The agent event types an {@link AgentListener} receives. Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#AGENT_EVENT_TYPES}: {@code @AgentEventTypes({AgentEvent.Type.STATE_CHANGE, AgentEvent.Type.ERROR})}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AgentEventTypes {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The selected values. */
    AgentEvent.Type[] value();
}
