package dev.callbench.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import dev.callbench.ringtone.internal.RingtoneSynthesizer;
import dev.callbench.softphone.internal.WebRtcEngine;
import dev.callbench.tests.support.OsgiServices;

/** Every Callbench component in the runtime is found by SCR and has what it needs to run. */
class DeclarativeServicesTest {

    @Test
    void callbenchComponentsAreSatisfied() throws InterruptedException {
        ServiceComponentRuntime scr = OsgiServices.await(ServiceComponentRuntime.class);
        List<ComponentDescriptionDTO> components = scr.getComponentDescriptionDTOs(callbenchBundles()).stream().toList();
        assertFalse(components.isEmpty(), "SCR found no Callbench component");
        for (ComponentDescriptionDTO component : components) {
            assertEquals("", problemsOf(scr, component), component.name);
        }
    }

    @Test
    void everyServiceBundleHasItsComponents() throws InterruptedException {
        ServiceComponentRuntime scr = OsgiServices.await(ServiceComponentRuntime.class);
        Set<String> bundlesWithComponents = scr.getComponentDescriptionDTOs(callbenchBundles()).stream()
                .map(component -> component.bundle.symbolicName).collect(Collectors.toSet());
        assertEquals(Set.of("dev.callbench.events", "dev.callbench.cti", "dev.callbench.server",
                "dev.callbench.softphone", "dev.callbench.ringtone", "dev.callbench.examples.hello"),
                bundlesWithComponents);
    }

    @Test
    void foundationServicesAreRegistered() throws InterruptedException {
        OsgiServices.await(WebRtcEngine.class);
        OsgiServices.await(RingtoneSynthesizer.class);
    }

    private static Bundle[] callbenchBundles() {
        return Arrays.stream(OsgiServices.context().getBundles())
                .filter(b -> b.getSymbolicName().startsWith("dev.callbench.") && !b.getSymbolicName().endsWith(".tests"))
                .toArray(Bundle[]::new);
    }

    private static String describe(ComponentConfigurationDTO configuration) {
        String missing = Arrays.stream(configuration.unsatisfiedReferences).map(r -> r.name + " (" + r.target + ")")
                .collect(Collectors.joining(", "));
        return "state " + configuration.state + (missing.isEmpty() ? "" : ", missing " + missing)
                + (configuration.failure == null ? "" : ": " + configuration.failure);
    }

    private static String problemsOf(ServiceComponentRuntime scr, ComponentDescriptionDTO component) {
        if (!scr.isComponentEnabled(component)) {
            return "disabled";
        }
        return scr.getComponentConfigurationDTOs(component).stream()
                .filter(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .map(DeclarativeServicesTest::describe)
                .collect(Collectors.joining("; "));
    }
}
