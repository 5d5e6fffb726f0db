package io.threadline.batch.retention;

import io.threadline.retention.RetentionTarget;
import io.threadline.retention.StaleDrafts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** Deletes the drafts saved before the run's cutoff, a page per transaction; a stop ends it after the current page. */
@Named
@Dependent
public class DraftPurge extends PurgeBatchlet {

    static final int PAGE = 500;

    @EJB
    StaleDrafts drafts;

    public DraftPurge() {
        super(RetentionTarget.DRAFT);
    }

    @Override
    void purge(long run) {
        List<Long> page;
        long last = 0;
        do {
            page = drafts.purge(run, last, PAGE);
            last = page.isEmpty() ? last : page.get(page.size() - 1);
        } while (page.size() == PAGE && !isStopped());
    }
}
