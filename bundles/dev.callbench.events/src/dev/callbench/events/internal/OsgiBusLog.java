package dev.callbench.events.internal;

import org.osgi.service.log.Logger;

/** The bus's reports, written to the OSGi log. */
final class OsgiBusLog implements BusLog {

    private final Logger logger;

    OsgiBusLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void warn(String message) {
        logger.warn(message);
    }

    @Override
    public void error(String message, Throwable failure) {
        if (failure == null) {
            logger.error(message);
        } else {
            logger.error(message, failure);
        }
    }
}
