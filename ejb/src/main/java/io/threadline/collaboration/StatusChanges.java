package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.events.CrmEvent;
import io.threadline.routing.AutoAssignment;
import io.threadline.shared.Actor;
import io.threadline.shared.InvalidInputException;
import io.threadline.sla.SlaClocks;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A conversation's status: OPEN (waiting for the team), PENDING (waiting for the customer), SNOOZED until a time,
 * RESOLVED (it leaves the inbox). A snoozed or pending conversation is open again when the customer writes, and a
 * snoozed one when its time has come ({@link SnoozeAlarm}).
 */
@Stateless
public class StatusChanges {

    /**
     * The index is named in a hint because Derby's optimizer chose to scan the whole table instead (every 30 s, seconds
     * each with 450,000 conversations).
     */
    private static final String SNOOZE_OVER = "SELECT ID FROM CONVERSATION --DERBY-PROPERTIES index=IX_CONVERSATION_SNOOZE\n"
            + " WHERE STATUS = ?1 AND SNOOZED_UNTIL <= ?2";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationActivity activity;

    @EJB
    private AutoAssignment assignment;

    @EJB
    private SlaClocks slaClocks;

    /** {@code until} is required for SNOOZED (a time in the future) and refused for the other statuses. */
    public Conversation change(long conversationId, ConversationStatus status, Instant until, Actor actor) {
        if (status == null) {
            throw new InvalidInputException("status", "is required, one of OPEN, PENDING, SNOOZED, RESOLVED");
        }
        if (status == ConversationStatus.SNOOZED && (until == null || !until.isAfter(Instant.now()))) {
            throw new InvalidInputException("until", "is required for SNOOZED and must be in the future");
        }
        if (status != ConversationStatus.SNOOZED && until != null) {
            throw new InvalidInputException("until", "applies only to SNOOZED");
        }
        Conversation conversation = activity.lock(conversationId);
        if (status == conversation.getStatus() && status != ConversationStatus.SNOOZED) {
            return conversation;
        }
        ConversationStatus before = conversation.getStatus();
        Instant now = Instant.now();
        String text;
        if (status == ConversationStatus.SNOOZED) {
            conversation.snoozeUntil(until);
            text = actor.name() + " snoozed the conversation until " + UNTIL.format(until);
        } else {
            conversation.changeStatus(status, now);
            text = switch (status) {
                case OPEN -> actor.name() + (before == ConversationStatus.RESOLVED ? " reopened the conversation" : " set it to open");
                case PENDING -> actor.name() + " set it to pending: waiting for the customer";
                case RESOLVED -> actor.name() + " resolved the conversation";
                case SNOOZED -> throw new IllegalStateException();
            };
        }
        slaClocks.statusChanged(conversation, before, conversation.getStatus(), now);
        activity.record(conversation, actor.name(), text, eventOf(conversation, before, actor.name(), now));
        if (before == ConversationStatus.OPEN && conversation.getAssignee() != null) {
            assignment.offerWaitingAfterCommit(conversation.getAssignee());
        }
        return conversation;
    }

    /** Opens every conversation whose snooze is over; returns how many. */
    public int wakeSnoozed(Instant now) {
        List<Conversation> due = ((List<?>) em.createNativeQuery(SNOOZE_OVER)
                .setParameter(1, ConversationStatus.SNOOZED.name()).setParameter(2, Timestamp.from(now)).getResultList())
                .stream().map(id -> em.find(Conversation.class, ((Number) id).longValue())).toList();
        for (Conversation conversation : due) {
            conversation.changeStatus(ConversationStatus.OPEN, now);
            slaClocks.statusChanged(conversation, ConversationStatus.SNOOZED, ConversationStatus.OPEN, now);
            activity.record(conversation, "system", "The snooze is over; the conversation is open again",
                    eventOf(conversation, ConversationStatus.SNOOZED, "system", now));
        }
        return due.size();
    }

    /** The event of {@code conversation}'s move from {@code before} to its status now. */
    private static CrmEvent eventOf(Conversation conversation, ConversationStatus before, String by, Instant at) {
        long id = conversation.getId();
        long customerId = conversation.getCustomer().getId();
        return switch (conversation.getStatus()) {
            case OPEN -> CrmEvent.conversationReopened(id, customerId, before.name(), by, at);
            case PENDING -> CrmEvent.conversationPending(id, customerId, before.name(), by, at);
            case SNOOZED -> CrmEvent.conversationSnoozed(id, customerId, before.name(), by, at);
            case RESOLVED -> CrmEvent.conversationResolved(id, customerId, before.name(), by, at);
        };
    }
}
