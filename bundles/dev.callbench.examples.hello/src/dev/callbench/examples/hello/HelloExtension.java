package dev.callbench.examples.hello;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The smallest Callbench extension: a Declarative Services component in a bundle of its own, installed from the
 * update site into a running workbench. It says in the log when it starts and stops.
 */
@Component(immediate = true)
public class HelloExtension {

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Activate
    void start() {
        logger.info("Hello extension started");
    }

    @Deactivate
    void stop() {
        logger.info("Hello extension stopped");
    }
}
