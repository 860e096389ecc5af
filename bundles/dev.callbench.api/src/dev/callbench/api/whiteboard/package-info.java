/**
 * The interfaces an extension implements and registers as OSGi services (the whiteboard pattern): listeners,
 * action hooks and panels. The suite finds them at run time: a bundle installed while the agent works starts
 * receiving events at once, and one uninstalled stops.
 * <p>
 * A listener that pops a CRM screen when a call from the Sales queue rings, as a Declarative Services component:
 *
 * <pre>{@code
 * @Component
 * @ContactEventTypes(ContactEvent.Type.CONNECTING)
 * @ContactTypes(ContactType.VOICE)
 * @Queues("Sales")
 * public class SalesScreenPop implements ContactListener {
 *
 *     @Override
 *     public void onContactEvent(ContactEvent event) {
 *         String customer = event.contact().attribute("customerId").orElse("unknown");
 *         crm.open(customer); // return quickly: hand long work to your own executor
 *     }
 * }
 * }</pre>
 *
 * A hook that keeps the agent in after-call work until a wrap-up code is set:
 *
 * <pre>{@code
 * @Component
 * @ContactActions("ClearAfterCallWork")
 * public class WrapUpRequired implements ContactActionHook {
 *
 *     @Override
 *     public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
 *         String contactId = ((ContactAction.OnContact) action).contactId();
 *         boolean coded = snapshot.contact(contactId).flatMap(c -> c.attribute("wrapUpCode")).isPresent();
 *         return coded ? HookVerdict.allow() : HookVerdict.refuse("Please choose a wrap-up code first.");
 *     }
 * }
 * }</pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.callbench.api.whiteboard;
