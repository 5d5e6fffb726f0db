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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes audit entries in the caller's transaction and lists them newest first. Entries are never changed; they are
 * deleted only when the retention policy's period for them has passed.
 */
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

    /** The newest {@code limit} entries that {@code filter} lets through, older than entry {@code beforeId} when given. */
    public List<AuditEntryView> newest(AuditFilter filter, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        where(jpql, parameters, "a.subjectKind = :kind", "kind", filter.kind());
        where(jpql, parameters, "a.actor = :actor", "actor", filter.actor());
        where(jpql, parameters, "a.subjectName = :name", "name", filter.name());
        where(jpql, parameters, "a.at >= :from", "from", filter.from());
        where(jpql, parameters, "a.at < :to", "to", filter.to());
        where(jpql, parameters, "a.id < :beforeId", "beforeId", beforeId);
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY a.id DESC").toString(), AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultStream().map(AuditEntry::view).toList();
    }

    /**
     * Up to {@code max} entries written before {@code cutoff} with ids above {@code afterId}, oldest first: what the
     * retention policy removes ({@link #expire}).
     */
    public List<AuditEntryView> writtenBefore(Instant cutoff, long afterId, int max) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.at < :cutoff AND a.id > :afterId ORDER BY a.id",
                        AuditEntry.class).setParameter("cutoff", cutoff).setParameter("afterId", afterId)
                .setMaxResults(max).getResultStream().map(AuditEntry::view).toList();
    }

    /** Deletes entries past their retention period; nothing else ever changes or removes an entry. */
    public void expire(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM AuditEntry a WHERE a.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(condition);
            parameters.put(name, value);
        }
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String text(JsonValue value) {
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }
}
