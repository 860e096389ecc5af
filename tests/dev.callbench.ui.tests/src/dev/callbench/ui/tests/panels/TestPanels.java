package dev.callbench.ui.tests.panels;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.callbench.api.ContactType;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.PanelContribution;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Panels of the test bundle, which the tests register as PanelContribution services the way an extension's component
 * would: one that works, one that throws while it is created, one that throws when a call is offered.
 */
public final class TestPanels {

    private TestPanels() {
    }

    /** A contribution of one of these panels. */
    public record Contribution(String id, String label, Class<?> partClass, Set<ContactType> contactTypes)
            implements PanelContribution {
    }

    /** A panel that says hello, and counts how often it was closed. */
    public static class Greeting {

        public static final String TEXT = "Hello from a panel of another bundle.";
        public static final AtomicInteger CLOSED = new AtomicInteger();

        @PostConstruct
        public void create(Composite parent) {
            parent.setLayout(new FillLayout());
            new Label(parent, SWT.WRAP).setText(TEXT);
        }

        @PreDestroy
        void close() {
            CLOSED.incrementAndGet();
        }
    }

    /** A panel whose creation fails, as one with a bug in its {@code @PostConstruct} does. */
    public static class BrokenAtCreation {

        @PostConstruct
        public void create(Composite parent) {
            throw new IllegalStateException("a bug in the panel's @PostConstruct, on purpose");
        }
    }

    /** A panel that fails on the first call offered, as one that trips over an event it did not expect does. */
    public static class BrokenOnOffer {

        public static final String TEXT = "Waiting for a call.";

        @PostConstruct
        public void create(Composite parent) {
            parent.setLayout(new FillLayout());
            new Label(parent, SWT.WRAP).setText(TEXT);
        }

        @Inject
        @org.eclipse.e4.core.di.annotations.Optional
        void onOffer(@UIEventTopic("dev/callbench/contact/CONNECTING") ContactEvent event) {
            throw new IllegalStateException("a bug in the panel's event method, on purpose: " + event.contactId());
        }
    }
}
