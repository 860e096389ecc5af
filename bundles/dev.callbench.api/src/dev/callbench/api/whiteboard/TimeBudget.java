package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The longest a listener or hook may take for one call, in milliseconds (the bus's default otherwise). Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#TIME_BUDGET}: {@code @TimeBudget(500)}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TimeBudget {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The budget in milliseconds. */
    long value();
}
