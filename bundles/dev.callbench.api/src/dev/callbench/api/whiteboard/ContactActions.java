package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The actions a {@link ContactActionHook} is asked about, by name ({@code Accept}, {@code Transfer} ...). Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#CONTACT_ACTIONS}: {@code @ContactActions({"Transfer", "ClearAfterCallWork"})}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContactActions {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The selected values. */
    String[] value();
}
