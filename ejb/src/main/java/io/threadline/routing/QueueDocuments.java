package io.threadline.routing;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.Documents;
import io.threadline.configuration.RuleReferences;
import io.threadline.conversation.Conversation;
import io.threadline.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queues as configuration documents; the default queue, where conversations no rule places wait, always exists. */
@ApplicationScoped
public class QueueDocuments extends Documents<QueueDefinition> {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private RuleReferences references;

    public QueueDocuments() {
        super(ConfigKind.QUEUE, QueueDefinition::parse, QueueDefinition::name, QueueDefinition::toJson);
    }

    @Override
    public void checkUnused(String name) {
        if (Conversation.DEFAULT_QUEUE.equals(name)) {
            throw new ConflictException("The queue '" + name + "' is where conversations wait that no rule places; it stays");
        }
        references.requireUnnamed(ConfigKind.QUEUE, name);
        long waiting = em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE c.queue = :queue"
                        + " AND c.status <> io.threadline.conversation.ConversationStatus.RESOLVED", Long.class)
                .setParameter("queue", name).getSingleResult();
        if (waiting > 0) {
            throw new ConflictException(waiting + " conversations that are not resolved are in the queue '" + name
                    + "'; move them to another queue first");
        }
    }
}
