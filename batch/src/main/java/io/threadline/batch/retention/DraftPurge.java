package io.threadline.batch.retention;

import io.threadline.retention.RetentionTarget;
import io.threadline.retention.StaleDrafts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Deletes the drafts saved before the run's cutoff, a page per transaction; a stop ends it after the current page. */
@Named
@Dependent
public class DraftPurge extends PurgeBatchlet {

    @EJB
    StaleDrafts drafts;

    public DraftPurge() {
        super(RetentionTarget.DRAFT);
    }

    @Override
    void purge(long run) {
        inPages(run, drafts::purge);
    }
}
