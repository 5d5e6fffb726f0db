package io.threadline.batch.retention;

import io.threadline.retention.OldAuditEntries;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Deletes the audit entries written before the run's cutoff, a page per transaction; a stop ends it after the page. */
@Named
@Dependent
public class AuditPurge extends PurgeBatchlet {

    @EJB
    OldAuditEntries entries;

    public AuditPurge() {
        super(RetentionTarget.AUDIT_ENTRY);
    }

    @Override
    void purge(long run) {
        inPages(run, entries::purge);
    }
}
