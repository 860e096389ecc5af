package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

import dev.callbench.api.ContactType;

/**
 * The contact types a {@link ContactListener} or {@link ContactActionHook} is for. Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#CONTACT_TYPES}: {@code @ContactTypes(ContactType.VOICE)}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContactTypes {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The selected values. */
    ContactType[] value();
}
