package io.threadline.automation;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.routing.CustomerAttributeSource;
import io.threadline.routing.MessageFacts;
import io.threadline.rules.RuleEvaluation;
import io.threadline.rules.RuleOutcome;
import io.threadline.sla.CalendarDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the automation rules of each event, in order, for the conversation concerned, inside the transaction that
 * raised the event (every published {@link CrmEvent} passes through here). What a rule does is on the
 * timeline, naming the rule. A rule that fails is skipped with the reason: automation never undoes what raised the
 * event (a customer's message is recorded whatever the rules do).
 * <p>
 * An action's own events come back here with the {@link RuleChain} that caused them: a rule already in the chain does
 * not run again, and a chain longer than {@code crm.automation.max-depth} stops, said once in the log and on the timeline.
 */
@ApplicationScoped
public class AutomationEngine {

    public static final String AUTHOR = "automation";
    private static final Logger LOG = Logger.getLogger(AutomationEngine.class.getName());

    /** The cascade of rules this thread is in: events raised by actions are handled synchronously, on the same thread. */
    private static final ThreadLocal<Cascade> CASCADE = new ThreadLocal<>();

    private static final class Cascade {
        RuleChain chain = RuleChain.EMPTY;
        boolean stopReported;
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private CustomerAttributeSource attributes;

    @Inject
    private AutomationRuleDocuments rules;

    @Inject
    private CalendarDocuments calendars;

    @Inject
    private AutomationActions actions;

    @Inject
    @ConfigProperty(name = "crm.automation.max-depth", defaultValue = "5")
    int maxDepth;

    void onPublished(@Observes CrmEvent event) {
        AutomationEvent.raisedBy(event.type()).ifPresent(on -> {
            try {
                handle(on, event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Automation could not handle " + event.type().json() + " " + event.data(), e);
            }
        });
    }

    private void handle(AutomationEvent on, CrmEvent event) {
        JsonNumber conversationId = event.data().getJsonNumber("conversationId");
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId.longValue());
        if (conversation == null || conversation.isMerged()) {
            return;
        }
        List<AutomationRuleDefinition> candidates = rules.all().stream().filter(r -> r.on() == on).toList();
        if (candidates.isEmpty()) {
            return;
        }
        TimelineEntry message = on.isAboutAMessage() ? messageOf(event.data()) : null;
        MessageFacts facts = message == null ? factsOf(conversation)
                : MessageFacts.of(conversation, message.getChannel(), message.getSubject(), message.getText(),
                message.getLanguage(), message.getUrgency(), attributes.of(conversation.getCustomer().getId()), businessHours());
        RuleEvaluation<AutomationRuleDefinition> evaluation = RuleEvaluation.all(candidates, facts);
        evaluation.explanation().stream().filter(RuleOutcome::failed).forEach(o ->
                LOG.warning(() -> "Automation rule '" + o.rule() + "' was skipped for conversation " + conversation.getId()
                        + ": " + o.reason()));
        for (AutomationRuleDefinition rule : evaluation.matched()) {
            run(new AutomationRun(rule, on, event, conversation, message, facts));
        }
    }

    /** Runs an idle rule whose conditions hold for the conversation ({@link IdleConversations}). */
    void runIdle(AutomationRuleDefinition rule, Conversation conversation, CrmEvent idle) {
        MessageFacts facts = factsOf(conversation);
        if (rule.header().when().matches(facts)) {
            run(new AutomationRun(rule, AutomationEvent.CONVERSATION_IDLE, idle, conversation, null, facts));
        }
    }

    private void run(AutomationRun run) {
        Cascade cascade = CASCADE.get();
        boolean root = cascade == null;
        if (root) {
            cascade = new Cascade();
            CASCADE.set(cascade);
        }
        RuleChain before = cascade.chain;
        try {
            String rule = run.rule().name();
            if (before.contains(rule)) {
                LOG.fine(() -> "Automation rule '" + rule + "' does not run again in its own chain " + before);
                return;
            }
            RuleChain chain = before.then(rule);
            if (chain.exceeds(maxDepth)) {
                stop(cascade, chain, run.conversation());
                return;
            }
            cascade.chain = chain;
            perform(run);
        } finally {
            cascade.chain = before;
            if (root) {
                CASCADE.remove();
            }
        }
    }

    private void perform(AutomationRun run) {
        List<String> done = new ArrayList<>();
        for (AutomationAction action : run.rule().actions()) {
            String name = action.toJson().getString("action");
            try {
                done.add(actions.perform(action, run));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Automation rule '" + run.rule().name() + "' could not " + name
                        + " on conversation " + run.conversation().getId(), e);
                done.add("could not " + name + ": " + reason(e));
            }
        }
        note(run.conversation(), "Rule '" + run.rule().name() + "' (on " + run.on().json() + "): " + String.join("; ", done));
    }

    private void stop(Cascade cascade, RuleChain chain, Conversation conversation) {
        if (cascade.stopReported) {
            return;
        }
        cascade.stopReported = true;
        String text = "Automation stopped: rule chain " + chain + " exceeded " + maxDepth + " steps";
        LOG.warning(() -> text + " (conversation " + conversation.getId() + ")");
        note(conversation, text);
    }

    private void note(Conversation conversation, String text) {
        em.persist(TimelineEntry.system(conversation, AUTHOR, text, Instant.now()));
    }

    private TimelineEntry messageOf(JsonObject data) {
        JsonNumber entryId = data.getJsonNumber("entryId");
        return entryId == null ? null : em.find(TimelineEntry.class, entryId.longValue());
    }

    /**
     * A conversation as rules on its events see it: its state, with the text of the customer's latest message (an event
     * such as an SLA breach or an idle stretch concerns the conversation, not one message).
     */
    private MessageFacts factsOf(Conversation conversation) {
        String text = em.createNamedQuery("TimelineEntry.latestInboundText", String.class)
                .setParameter("conversation", conversation).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return MessageFacts.of(conversation, conversation.getChannel(), conversation.getSubject(), text,
                conversation.getLanguage(), conversation.getUrgency(), attributes.of(conversation.getCustomer().getId()),
                businessHours());
    }

    private Predicate<String> businessHours() {
        Instant now = Instant.now();
        return calendar -> calendars.isOpen(calendar, now);
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof jakarta.ejb.EJBException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
