package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

import dev.callbench.api.event.ContactEvent;

/**
 * The contact event types a {@link ContactListener} receives. Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#CONTACT_EVENT_TYPES}: {@code @ContactEventTypes({ContactEvent.Type.CONNECTING, ContactEvent.Type.ENDED})}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContactEventTypes {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The selected values. */
    ContactEvent.Type[] value();
}
