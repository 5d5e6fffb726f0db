package io.threadline.batch.retention;

import io.threadline.retention.InactiveCustomers;
import io.threadline.retention.RetentionTarget;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/** The ids of the customers inactive since the run's cutoff. */
@Named
@Dependent
public class InactiveCustomerReader extends IdPageReader {

    @EJB
    InactiveCustomers customers;

    @Override
    protected RetentionTarget target() {
        return RetentionTarget.CUSTOMER;
    }

    @Override
    protected List<Long> page(Instant cutoff, long after, int max) {
        return customers.inactiveSince(cutoff, after, max);
    }
}
