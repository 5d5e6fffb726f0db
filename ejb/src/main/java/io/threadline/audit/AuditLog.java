package io.threadline.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;

/** Writes audit entries in the caller's transaction and lists them newest first. */
@Stateless
public class AuditLog {

    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** Records a change; {@code before} is null for a creation, {@code after} null for a deletion. */
    public void record(String actor, String action, String kind, String name, JsonValue before, JsonValue after) {
        em.persist(new AuditEntry(Instant.now(), actor, action, kind, name, text(before), text(after)));
    }

    /**
     * Records what a person did or tried that changes nothing (a sign-in, a profile viewed), with its details, in a
     * transaction of its own: the record stays when the caller's work fails, and a caller without one gets one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordEvent(String actor, String action, String kind, String name, JsonObject details) {
        em.persist(new AuditEntry(Instant.now(), clip(actor, 100), action, kind, clip(name, 200), null, text(details)));
    }

    /** {@code viewer} saw the customer's data ({@code view}: "profile", "timeline", "conversation 42"). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void customerViewed(String viewer, long customerId, String view) {
        recordEvent(viewer, "VIEWED", "customer", String.valueOf(customerId), Json.createObjectBuilder().add("view", view).build());
    }

    /**
     * The newest {@code limit} entries, optionally of one kind and one actor, older than entry {@code beforeId} when
     * given.
     */
    public List<AuditEntryView> newest(String kind, String actor, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        if (kind != null) {
            jpql.append(" AND a.subjectKind = :kind");
        }
        if (actor != null) {
            jpql.append(" AND a.actor = :actor");
        }
        if (beforeId != null) {
            jpql.append(" AND a.id < :beforeId");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY a.id DESC").toString(), AuditEntry.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (beforeId != null) {
            query.setParameter("beforeId", beforeId);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultStream().map(AuditEntry::view).toList();
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String text(JsonValue value) {
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }
}
