package io.threadline.search;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.Customer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * One batch of {@link SearchKeysBackfill} per transaction: the next rows after an id that lack their search key get it.
 * The rows are read fresh from the database, not from the shared cache, whose copies may already carry the key.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchKeysBatches {

    /** How many rows a batch filled, and the id it reached. */
    public record Batch(int rows, long lastId) {
    }

    private static final int SIZE = 500;
    private static final String REFRESH_FROM_DATABASE = "eclipselink.refresh";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public Batch customersAfter(long after) {
        return fill("SELECT c FROM Customer c WHERE c.id > :after AND c.nameKey IS NULL AND TRIM(c.displayName) <> ''"
                + " ORDER BY c.id", Customer.class, after, Customer::deriveNameKey, Customer::getId);
    }

    public Batch conversationsAfter(long after) {
        return fill("SELECT c FROM Conversation c WHERE c.id > :after AND c.subjectKey IS NULL AND c.subject IS NOT NULL"
                + " ORDER BY c.id", Conversation.class, after, Conversation::deriveSubjectKey, Conversation::getId);
    }

    public Batch entriesAfter(long after) {
        return fill("SELECT e FROM TimelineEntry e WHERE e.id > :after AND e.searchText IS NULL"
                        + " AND (e.text IS NOT NULL OR e.subject IS NOT NULL) ORDER BY e.id", TimelineEntry.class, after,
                TimelineEntry::deriveSearchText, TimelineEntry::getId);
    }

    private <T> Batch fill(String query, Class<T> type, long after, Consumer<T> derive, ToLongFunction<T> id) {
        List<T> rows = em.createQuery(query, type).setParameter("after", after)
                .setHint(REFRESH_FROM_DATABASE, "true").setMaxResults(SIZE).getResultList();
        rows.forEach(derive);
        return new Batch(rows.size(), rows.isEmpty() ? after : id.applyAsLong(rows.get(rows.size() - 1)));
    }
}
