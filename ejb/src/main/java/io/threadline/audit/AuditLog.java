package io.threadline.audit;

import jakarta.ejb.Stateless;
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

    /** The newest {@code limit} entries (optionally of one kind), older than entry {@code beforeId} when given. */
    public List<AuditEntryView> newest(String kind, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        if (kind != null) {
            jpql.append(" AND a.subjectKind = :kind");
        }
        if (beforeId != null) {
            jpql.append(" AND a.id < :beforeId");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY a.id DESC").toString(), AuditEntry.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (beforeId != null) {
            query.setParameter("beforeId", beforeId);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultStream().map(AuditEntry::view).toList();
    }

    private static String text(JsonValue value) {
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }
}
