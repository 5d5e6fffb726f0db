package io.threadline.batch.retention;

import io.threadline.retention.InactiveCustomers;
import io.threadline.retention.RetentionRuns;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The ids of the customers inactive since the run's cutoff. */
@Named
@Dependent
public class InactiveCustomerReader extends IdPageReader {

    @EJB
    InactiveCustomers customers;

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    @Override
    protected List<Long> page(long after, int max) {
        return runs.policy(parameters.runId()).cutoff(RetentionTarget.CUSTOMER)
                .map(cutoff -> customers.inactiveSince(cutoff, after, max)).orElse(List.of());
    }
}
