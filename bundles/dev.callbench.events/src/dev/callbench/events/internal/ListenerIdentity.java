package dev.callbench.events.internal;

/**
 * Who a listener is, for logs, metrics and the quarantine.
 *
 * @param name the listener's class and service id
 * @param bundleId the id of the bundle that registered it
 * @param bundleName that bundle's symbolic name
 * @param quarantineKey what the quarantine remembers: the bundle and the listener's class, so a listener that comes
 *        back under a new service id stays quarantined until its bundle restarts
 */
record ListenerIdentity(String name, long bundleId, String bundleName, String quarantineKey) {

    static ListenerIdentity of(Object listener, long serviceId, long bundleId, String bundleName) {
        String className = listener.getClass().getName();
        return new ListenerIdentity(className + "#" + serviceId, bundleId, bundleName, bundleId + "/" + className);
    }
}
