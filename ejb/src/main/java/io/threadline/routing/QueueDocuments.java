package io.threadline.routing;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.ConfigurationCache;
import io.threadline.configuration.DocumentType;
import io.threadline.configuration.RuleReferences;
import io.threadline.conversation.Conversation;
import io.threadline.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queues as configuration documents; the default queue, where conversations no rule places wait, always exists. */
@ApplicationScoped
public class QueueDocuments implements DocumentType<QueueDefinition> {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private ConfigurationCache cache;

    @Inject
    private RuleReferences references;

    @Override
    public ConfigKind kind() {
        return ConfigKind.QUEUE;
    }

    @Override
    public QueueDefinition parse(JsonObject json) {
        return QueueDefinition.parse(json);
    }

    @Override
    public String name(QueueDefinition queue) {
        return queue.name();
    }

    @Override
    public JsonObject toJson(QueueDefinition queue) {
        return queue.toJson();
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

    public List<QueueDefinition> all() {
        return cache.current(ConfigKind.QUEUE, this::parse);
    }

    public Optional<QueueDefinition> named(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
