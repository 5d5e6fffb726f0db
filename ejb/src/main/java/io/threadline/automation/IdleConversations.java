package io.threadline.automation;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.events.CrmEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Finds the conversations an idle rule is due for (not resolved, no activity for its {@code idleFor}, not yet fired for
 * this idle stretch) and fires the rule for each, one conversation per transaction.
 */
@Stateless
public class IdleConversations {

    /** At most this many conversations per rule and sweep; the next sweep takes the rest. */
    static final int BATCH = 100;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private AutomationEngine engine;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(AutomationRuleDefinition rule, Instant now) {
        return em.createQuery("SELECT c.id FROM Conversation c WHERE c.status <> :resolved AND c.mergedInto IS NULL"
                        + " AND c.lastActivityAt <= :quietSince AND NOT EXISTS (SELECT f FROM IdleFiring f"
                        + " WHERE f.conversationId = c.id AND f.rule = :rule AND f.lastActivityAt = c.lastActivityAt)"
                        + " ORDER BY c.lastActivityAt", Long.class)
                .setParameter("resolved", ConversationStatus.RESOLVED)
                .setParameter("quietSince", now.minus(rule.idleFor()))
                .setParameter("rule", rule.name())
                .setMaxResults(BATCH).getResultList();
    }

    /** Records the firing first: a second server firing the same stretch fails on the unique key, and rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(AutomationRuleDefinition rule, long conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new IdleFiring(conversationId, rule.name(), conversation.getLastActivityAt()));
        em.flush();
        engine.runIdle(rule, conversation, CrmEvent.conversationIdle(conversationId, conversation.getCustomer().getId(),
                rule.idleFor(), conversation.getLastActivityAt(), Instant.now()));
    }
}
