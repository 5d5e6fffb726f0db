package io.threadline.retention;

import io.threadline.audit.AuditEntryView;
import io.threadline.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;

/**
 * Audit entries older than the cutoff: the trail is kept for its period, then goes. The record names each entry by
 * its id, action, kind and time, not by who or what it was about.
 */
@Stateless
public class OldAuditEntries {

    @EJB
    private AuditLog audit;

    @EJB
    private RetentionRuns runs;

    /**
     * Deletes (dry run: only records) up to {@code max} entries written before the run's cutoff with ids above
     * {@code after}, in a transaction of their own; their ids, to go on after the last.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> purge(long runId, long after, int max) {
        RetentionPolicy policy = runs.policy(runId);
        List<AuditEntryView> entries = audit.writtenBefore(policy.cutoff(RetentionTarget.AUDIT_ENTRY).orElseThrow(), after, max);
        for (AuditEntryView entry : entries) {
            runs.record(runId, RetentionTarget.AUDIT_ENTRY, String.valueOf(entry.id()),
                    "Audit entry " + entry.action() + " (" + entry.kind() + ") of " + entry.at());
        }
        List<Long> ids = entries.stream().map(AuditEntryView::id).toList();
        if (!policy.dryRun()) {
            audit.expire(ids);
        }
        return ids;
    }
}
