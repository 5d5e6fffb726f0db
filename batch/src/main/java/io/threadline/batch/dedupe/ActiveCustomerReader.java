package io.threadline.batch.dedupe;

import io.threadline.batch.paging.IdKeysetReader;
import io.threadline.identity.DuplicateCandidates;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** The ids of the active customers (neither merged nor anonymized), ascending. */
@Named
@Dependent
public class ActiveCustomerReader extends IdKeysetReader {

    @EJB
    DuplicateCandidates candidates;

    @Override
    protected List<Long> page(long after, int max) {
        return candidates.activeCustomersAfter(after, max);
    }
}
