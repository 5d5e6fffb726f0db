package io.threadline.conversation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Optional;

/** Keeps attachments' bytes in the database, once per (message, position), and hands them out again. */
@Stateless
public class AttachmentStore {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** Stores the file, or returns the one stored for this message and position by an earlier import. */
    public AttachmentContent store(String source, int position, String name, String contentType, byte[] content) {
        return em.createNamedQuery("AttachmentContent.bySource", AttachmentContent.class)
                .setParameter("source", source).setParameter("position", position)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    AttachmentContent stored = new AttachmentContent(source, position, name, contentType, content);
                    em.persist(stored);
                    em.flush();
                    return stored;
                });
    }

    /**
     * Deletes those of the stored files {@code ids} that no timeline entry links to any more (retention removed the
     * links, and a file is kept while another entry still shows it); how many were deleted.
     */
    public int discard(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        em.flush();
        return em.createQuery("DELETE FROM AttachmentContent a WHERE a.id IN :ids AND NOT EXISTS"
                + " (SELECT e FROM TimelineEntry e JOIN e.attachments x WHERE x.contentId = a.id)")
                .setParameter("ids", ids).executeUpdate();
    }

    /** A stored file, read whole (its bytes are loaded lazily, so within this call). */
    public record StoredFile(String name, String contentType, byte[] content) {
    }

    /** A stored file, for the system itself (a connector sending it). */
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(AttachmentContent.class, id)).map(AttachmentStore::read);
    }

    /**
     * A stored file as {@code reader} may see it: a message's file, or one sent with a reply, like its conversation; a
     * file an agent uploaded for a reply not sent yet only to that agent (to anyone else it does not exist).
     */
    public Optional<StoredFile> findFor(long id, String reader) {
        return Optional.ofNullable(em.find(AttachmentContent.class, id))
                .filter(a -> a.getUploadedBy() == null || a.getPublicToken() != null || a.getUploadedBy().equals(reader))
                .map(AttachmentStore::read);
    }

    /** A file sent to a customer, by its public token. */
    public Optional<StoredFile> findPublished(String token) {
        return em.createNamedQuery("AttachmentContent.byPublicToken", AttachmentContent.class).setParameter("token", token)
                .getResultStream().findFirst().map(AttachmentStore::read);
    }

    private static StoredFile read(AttachmentContent a) {
        return new StoredFile(a.getName(), a.getContentType(), a.getContent());
    }
}
