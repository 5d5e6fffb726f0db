package io.threadline.sla;

import io.threadline.collaboration.ConversationActivity;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.events.CrmEvent;
import io.threadline.rules.Facts;
import io.threadline.rules.RuleEvaluation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every conversation's SLA clocks: a new conversation falls under the first enabled policy that matches it (by
 * position); the customer writing starts the next-response clock and ends a pause; an agent's reply stops the
 * response clocks; a status of the policy's {@code pauseWhen} pauses them; resolving stops them. Warnings and breaches
 * that fall due are recorded, put on the timeline and published ({@code sla.warning}, {@code sla.breached}) once each,
 * by {@link #fireDue}, in the transaction that records them.
 */
@Stateless
public class SlaClocks {

    private static final Logger LOG = Logger.getLogger(SlaClocks.class.getName());
    static final String AUTHOR = "sla";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int SWEEP_BATCH = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private SlaPolicyDocuments policies;

    @Inject
    private CalendarDocuments calendars;

    @EJB
    private ConversationActivity activity;

    @Resource
    private SessionContext context;

    /** The customer wrote: a new conversation gets its policy's clocks, a running one its next-response clock. */
    public void customerWrote(Conversation conversation, Facts facts, boolean opened, Instant at) {
        if (opened) {
            choose(facts).ifPresent(policy -> conversation.underSla(
                    SlaClock.start(policy.name(), policy.targets(), calendarOf(policy), conversation.getOpenedAt())));
            return;
        }
        conversation.onSla(clock -> policy(clock).ifPresent(policy -> clock.customerWrote(at, policy.targets(), calendarOf(policy))));
    }

    /** A person answered the customer: the first response is given, the next-response clock stops. */
    public void agentReplied(Conversation conversation, Instant at) {
        conversation.onSla(clock -> clock.agentReplied(at));
    }

    public void statusChanged(Conversation conversation, ConversationStatus before, ConversationStatus after, Instant at) {
        conversation.onSla(clock -> {
            Optional<SlaPolicyDefinition> policy = policy(clock);
            if (after == ConversationStatus.RESOLVED) {
                clock.resolved(at);
            } else if (before == ConversationStatus.RESOLVED && policy.isPresent()) {
                clock.reopened(at, policy.get().targets(), calendarOf(policy.get()));
            } else if (policy.map(p -> p.pauseWhen().contains(after)).orElse(false)) {
                clock.pause(at);
            } else if (clock.pausedSince() != null) {
                clock.resume(at, policy.map(this::calendarOf).orElse(BusinessCalendar.always("UTC")));
            }
        });
    }

    /** The clocks {@code policy} would start at {@code at} (for the dry run). */
    public SlaClock startedAt(SlaPolicyDefinition policy, Instant at) {
        return SlaClock.start(policy.name(), policy.targets(), calendarOf(policy), at);
    }

    /** What the first matching policy would be, and why, rule by rule (for the dry run). */
    public RuleEvaluation<SlaPolicyDefinition> evaluate(Facts facts) {
        return RuleEvaluation.first(policies.all(), facts);
    }

    /** Fires every warning and breach due by {@code now}, each conversation in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int fireAllDue(Instant now) {
        List<Long> due = em.createQuery("SELECT c.id FROM Conversation c WHERE c.sla.nextDeadlineAt <= :now"
                + " ORDER BY c.sla.nextDeadlineAt", Long.class).setParameter("now", now).setMaxResults(SWEEP_BATCH).getResultList();
        SlaClocks self = context.getBusinessObject(SlaClocks.class);
        int fired = 0;
        for (Long id : due) {
            try {
                fired += self.fireDue(id, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The SLA deadlines of conversation " + id + " could not be recorded; the next sweep tries again", e);
            }
        }
        return fired;
    }

    /** Records, shows and publishes what fell due on conversation {@code id}; nothing twice, also across servers. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fireDue(long id, Instant now) {
        Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.sla().isEmpty()) {
            return 0;
        }
        List<SlaDue> due = conversation.sla().get().due(now);
        for (SlaDue deadline : due) {
            conversation.onSla(clock -> clock.record(deadline));
            boolean breach = deadline.kind() == SlaDue.Kind.BREACH;
            if (breach) {
                conversation.breached(deadline.target(), deadline.dueAt());
            }
            String what = label(deadline.target());
            String text = breach ? "SLA breached: " + what + " was due " + TIME.format(deadline.dueAt())
                    : "SLA warning: " + what + " is due soon (warning at " + TIME.format(deadline.dueAt()) + ")";
            String policy = conversation.sla().get().policy();
            long customerId = conversation.getCustomer().getId();
            activity.record(conversation, AUTHOR, text, breach
                    ? CrmEvent.slaBreached(id, customerId, policy, deadline.target().field(), deadline.dueAt(), AUTHOR)
                    : CrmEvent.slaWarning(id, customerId, policy, deadline.target().field(), deadline.dueAt(), AUTHOR));
        }
        return due.size();
    }

    private Optional<SlaPolicyDefinition> choose(Facts facts) {
        return evaluate(facts).matched().stream().findFirst();
    }

    private Optional<SlaPolicyDefinition> policy(SlaClock clock) {
        return clock.policy() == null ? Optional.empty() : policies.named(clock.policy());
    }

    private BusinessCalendar calendarOf(SlaPolicyDefinition policy) {
        return policy.calendar() == null ? BusinessCalendar.always("UTC")
                : calendars.named(policy.calendar()).orElseGet(() -> BusinessCalendar.always("UTC"));
    }

    private static String label(SlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> "the first response";
            case NEXT_RESPONSE -> "the next response";
            case RESOLUTION -> "the resolution";
        };
    }

}
