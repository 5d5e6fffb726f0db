package io.threadline.configuration;

import io.threadline.audit.AuditLog;
import io.threadline.shared.AfterCommit;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps validated configuration documents. Every change locks the revision row first, so changes are serialised
 * across servers, bumps it, and is audited with the document before and after. A document put at a position another
 * one holds pushes that one and the ones after it down by one place (each move audited too).
 */
@Stateless
public class ConfigurationStore {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private AfterCommit afterCommit;

    @Inject
    private ConfigurationCache cache;

    public List<ConfigDocument> all(ConfigKind kind) {
        return em.createNamedQuery("ConfigDocument.ofKind", ConfigDocument.class).setParameter("kind", kind).getResultList();
    }

    public Optional<JsonObject> find(ConfigKind kind, String name) {
        return named(kind, name).map(ConfigDocument::content);
    }

    public boolean exists(ConfigKind kind, String name) {
        return named(kind, name).isPresent();
    }

    public long revision() {
        ConfigurationRevision row = em.find(ConfigurationRevision.class, ConfigurationRevision.ONLY);
        return row == null ? 0 : row.current();
    }

    /** Stores a new document; 409 when one of that kind has the name already. */
    public void create(DocumentType<?> type, String name, int position, JsonObject content, String actor) {
        ConfigKind kind = type.kind();
        lockRevision();
        if (named(kind, name).isPresent()) {
            throw new ConflictException("A " + kind.label() + " named '" + name + "' exists already; change it with PUT");
        }
        makeRoom(type, position, null, actor);
        em.persist(new ConfigDocument(kind, name, position, content, actor));
        audited(type, actor, "CREATED", name, null, content);
    }

    /** Replaces the document {@code name} (renaming it when {@code content} names another); 404 when missing. */
    public void replace(DocumentType<?> type, String name, String newName, int position, JsonObject content, String actor) {
        ConfigKind kind = type.kind();
        lockRevision();
        ConfigDocument document = named(kind, name).orElseThrow(() -> new NotFoundException(kind.label(), name));
        if (!newName.equals(name) && named(kind, newName).isPresent()) {
            throw new ConflictException("A " + kind.label() + " named '" + newName + "' exists already");
        }
        JsonObject before = document.content();
        if (document.getPosition() != position) {
            makeRoom(type, position, document, actor);
        }
        document.replace(newName, position, content, actor);
        audited(type, actor, "CHANGED", newName, before, content);
    }

    public void delete(DocumentType<?> type, String name, String actor) {
        ConfigKind kind = type.kind();
        lockRevision();
        ConfigDocument document = named(kind, name).orElseThrow(() -> new NotFoundException(kind.label(), name));
        audited(type, actor, "DELETED", name, document.content(), null);
        em.remove(document);
    }

    /**
     * Puts the documents of an ordered kind in the order {@code names} gives (every one of them, each once). They keep
     * the positions they hold between them, handed out in the new order, so only the moved ones change (each audited).
     */
    public void reorder(DocumentType<?> type, List<String> names, String actor) {
        ConfigKind kind = type.kind();
        if (!kind.ordered()) {
            throw new InvalidInputException("kind", kind.label() + " documents have no order");
        }
        lockRevision();
        Map<String, ConfigDocument> byName = new HashMap<>();
        all(kind).forEach(d -> byName.put(d.getName(), d));
        if (names.size() != byName.size() || !byName.keySet().equals(new HashSet<>(names))) {
            throw new InvalidInputException("names", "must name every " + kind.label() + " once: " + byName.keySet().stream().sorted().toList());
        }
        List<Integer> positions = byName.values().stream().map(ConfigDocument::getPosition).sorted().toList();
        int previous = -1;
        for (int i = 0; i < names.size(); i++) {
            int position = Math.max(positions.get(i), previous + 1);
            ConfigDocument document = byName.get(names.get(i));
            if (document.getPosition() != position) {
                JsonObject before = document.content();
                document.moveTo(position);
                audited(type, actor, "MOVED", document.getName(), before, document.content());
            }
            previous = position;
        }
    }

    private void makeRoom(DocumentType<?> type, int position, ConfigDocument moving, String actor) {
        ConfigKind kind = type.kind();
        if (!kind.ordered()) {
            return;
        }
        List<ConfigDocument> others = all(kind).stream().filter(d -> d != moving).toList();
        if (others.stream().noneMatch(d -> d.getPosition() == position)) {
            return;
        }
        for (ConfigDocument other : others) {
            if (other.getPosition() >= position) {
                JsonObject before = other.content();
                other.shiftDown();
                audited(type, actor, "MOVED", other.getName(), before, other.content());
            }
        }
    }

    private Optional<ConfigDocument> named(ConfigKind kind, String name) {
        return em.createNamedQuery("ConfigDocument.named", ConfigDocument.class).setParameter("kind", kind)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** Audits a change with the documents as the admin API shows them (secrets masked). */
    private void audited(DocumentType<?> type, String actor, String action, String name, JsonObject before, JsonObject after) {
        audit.record(actor, action, type.kind().label(), name, before == null ? null : type.present(before),
                after == null ? null : type.present(after));
    }

    /** Serialises the caller's transaction with every other configuration change, on every server. */
    public void lockRevision() {
        ConfigurationRevision row = em.find(ConfigurationRevision.class, ConfigurationRevision.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ConfigurationRevision();
            em.persist(row);
            em.flush();
        }
        row.next();
        afterCommit.run(cache::invalidate);
    }
}
