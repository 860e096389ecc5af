package dev.callbench.api.whiteboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The queues a {@link ContactListener} or {@link ContactActionHook} is for, by name or ARN. Put it on a component; it becomes the service property
 * {@value WhiteboardProperties#QUEUES}: {@code @Queues({"Sales", "Support"})}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queues {

    /** The prefix that puts the property in Callbench's name space. */
    String PREFIX_ = "callbench.";

    /** The selected values. */
    String[] value();
}
