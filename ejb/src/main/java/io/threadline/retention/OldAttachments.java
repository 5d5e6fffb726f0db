package io.threadline.retention;

import io.threadline.conversation.Attachment;
import io.threadline.conversation.AttachmentStore;
import io.threadline.conversation.TimelineEntry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Files stored with timeline entries that occurred before the cutoff: their content is deleted, and the entry shows
 * in their place that retention deleted them (name, type and size stay). Files kept where the channel keeps them
 * (a provider's link) are not Threadline's to delete.
 */
@Stateless
public class OldAttachments {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private RetentionRuns runs;

    @EJB
    private AttachmentStore files;

    /** Up to {@code max} ids of entries before {@code cutoff} with stored files, above {@code after}, in id order. */
    public List<Long> entriesBefore(Instant cutoff, long after, int max) {
        return em.createQuery("SELECT DISTINCT e.id FROM TimelineEntry e JOIN e.attachments a WHERE a.contentId IS NOT NULL"
                        + " AND e.occurredAt < :cutoff AND e.id > :after ORDER BY e.id", Long.class)
                .setParameter("cutoff", cutoff).setParameter("after", after).setMaxResults(max).getResultList();
    }

    /** Deletes (dry run: only records) the stored files of the entry, in the caller's transaction. */
    public void remove(long runId, long entryId) {
        RetentionPolicy policy = runs.policy(runId);
        TimelineEntry entry = em.find(TimelineEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        Instant cutoff = policy.cutoff(RetentionTarget.ATTACHMENT).orElseThrow();
        if (entry == null || !entry.getOccurredAt().isBefore(cutoff)
                || policy.dryRun() && runs.anonymizes(runId, entry.getCustomer().getId())) {
            return;
        }
        for (Attachment file : entry.getAttachments()) {
            if (file.getContentId() != null) {
                runs.record(runId, RetentionTarget.ATTACHMENT, String.valueOf(file.getContentId()), "File of timeline entry "
                        + entryId + " (customer " + entry.getCustomer().getId() + ", " + entry.getOccurredAt() + "), "
                        + file.getContentType() + ", " + file.getSize() + " bytes");
            }
        }
        if (!policy.dryRun()) {
            files.discard(entry.removeStoredFiles("Deleted by retention (run " + runId + ")"));
        }
    }
}
