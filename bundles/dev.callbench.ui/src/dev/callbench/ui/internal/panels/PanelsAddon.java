package dev.callbench.ui.internal.panels;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.api.Contact;
import dev.callbench.api.ContactType;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.PanelContribution;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Hosts the panels of {@link PanelContribution} services in the main part stack: a part for each contribution, added
 * when its service comes and removed when it goes, while the workbench runs; and brings a panel forward when a contact
 * of a type it is for is offered. The services come and go on any thread; the model changes on the UI thread.
 */
public class PanelsAddon {

    /** The part stack the panels join, beside the About part. */
    public static final String MAIN_STACK = "dev.callbench.ui.partstack.main";
    /** A panel's part id is this prefix and its contribution's id. */
    public static final String PART_ID_PREFIX = "dev.callbench.ui.panel.";

    private static final Logger LOG = LoggerFactory.getLogger(PanelsAddon.class);
    private static final String HOST = "bundleclass://dev.callbench.ui/" + PanelPart.class.getName();

    @Inject
    private UISynchronize ui;
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    private final PanelFailures failures = new PanelFailures();
    /** The hosted panels in the order they came; on the UI thread only. */
    private final List<Hosted> hosted = new ArrayList<>();

    private record Hosted(PanelSpec spec, MPart part) {
    }

    @PostConstruct
    void start() {
        application.getContext().set(PanelFailures.class, failures);
    }

    /** Injected again whenever a panel contribution comes or goes. */
    @Inject
    void setContributions(@org.eclipse.e4.core.di.annotations.Optional @Service List<PanelContribution> contributions) {
        List<PanelContribution> now = contributions == null ? List.of() : List.copyOf(contributions);
        ui.asyncExec(() -> host(now));
    }

    private void host(List<PanelContribution> now) {
        MPartStack stack = (MPartStack) models.find(MAIN_STACK, application);
        if (stack == null) {
            LOG.error("The application model has no part stack {}: no panel can be shown", MAIN_STACK);
            return;
        }
        for (Iterator<Hosted> each = hosted.iterator(); each.hasNext();) {
            Hosted panel = each.next();
            if (now.stream().noneMatch(contribution -> contribution == panel.spec().contribution())) {
                panel.part().setToBeRendered(false);
                stack.getChildren().remove(panel.part());
                each.remove();
            }
        }
        for (PanelContribution contribution : now) {
            if (hosted.stream().noneMatch(panel -> panel.spec().contribution() == contribution)) {
                PanelSpec.of(contribution).ifPresent(spec -> add(spec, stack));
            }
        }
    }

    private void add(PanelSpec spec, MPartStack stack) {
        String partId = PART_ID_PREFIX + spec.id();
        if (hosted.stream().anyMatch(panel -> panel.part().getElementId().equals(partId))) {
            LOG.warn("Two panels have the id {}: the one of bundle {} is not shown while the other is", spec.id(),
                    spec.bundleSymbolicName());
            return;
        }
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(partId);
        part.setLabel(spec.label());
        part.setContributionURI(HOST);
        part.setCloseable(false);
        part.getTransientData().put(PanelSpec.class.getName(), spec);
        stack.getChildren().add(part);
        hosted.add(new Hosted(spec, part));
        partService(stack).ifPresent(parts -> parts.showPart(part, PartState.CREATE)); // receives events from now on
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onIncoming(@UIEventTopic("dev/callbench/contact/INCOMING") ContactEvent event) {
        bringForward(event.contact().type());
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onConnecting(@UIEventTopic("dev/callbench/contact/CONNECTING") ContactEvent event) {
        Contact contact = event.contact();
        if (contact.isInbound() || contact.type() == ContactType.QUEUE_CALLBACK) { // not the agent's own call out
            bringForward(contact.type());
        }
    }

    /** Brings the first panel for this contact type to the top of its stack, without taking the focus. */
    private void bringForward(ContactType type) {
        hosted.stream().filter(panel -> panel.spec().contactTypes().contains(type))
                .filter(panel -> !(panel.part().getObject() instanceof PanelPart host && host.hasFailed()))
                .findFirst().ifPresent(panel -> partService(panel.part().getParent())
                        .ifPresent(parts -> parts.bringToTop(panel.part())));
    }

    private Optional<EPartService> partService(MUIElement element) {
        MWindow window = models.getTopLevelWindowFor(element);
        return window == null || window.getContext() == null ? Optional.empty()
                : Optional.ofNullable(window.getContext().get(EPartService.class));
    }
}
