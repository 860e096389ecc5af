package dev.callbench.cti.connect;

import java.util.concurrent.CompletionStage;

import dev.callbench.api.service.ContactCenter;

/**
 * Signs an agent in to a CTI service; while signed in, the agent's {@link ContactCenter} is registered as
 * an OSGi service. The product's sign-in calls this; one agent at a time.
 */
public interface CtiConnector {

    /** Signs in (signing out whoever was signed in); completes with the registered contact center. */
    CompletionStage<ContactCenter> connect(CtiSettings settings);

    /** Signs out: the contact center service goes away. */
    void disconnect();

    /**
     * Tells the agent that the contact center could not be reached or started, so nobody is signed in
     * ({@link dev.callbench.api.event.CoreEvents#INIT_FAILURE}); {@code problem} is the sentence for them.
     */
    void initFailed(String problem);
}
