package dev.callbench.cti.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import dev.callbench.api.service.ContactCenter;

/**
 * The signed-in agent's {@link ContactCenter} as an OSGi service, with {@value #PROVIDER_PROPERTY}={@value #PROVIDER}
 * and {@code service.ranking} 0: another contact center replaces it by registering its own with a higher ranking.
 */
final class ContactCenterRegistration {

    static final String PROVIDER_PROPERTY = "callbench.contactcenter.provider";
    static final String PROVIDER = "cti";

    private final BundleContext context;
    private ServiceRegistration<ContactCenter> registration;

    ContactCenterRegistration(BundleContext context) {
        this.context = context;
    }

    void register(ContactCenter center) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PROVIDER_PROPERTY, PROVIDER);
        properties.put(Constants.SERVICE_RANKING, 0);
        registration = context.registerService(ContactCenter.class, center, properties);
    }

    void unregister() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
