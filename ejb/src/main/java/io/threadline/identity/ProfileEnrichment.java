package io.threadline.identity;

import java.util.Optional;

/** Another context's additions to a customer's profile (the ERP's orders and value); a CDI bean provides it. */
public interface ProfileEnrichment {

    /** Empty when that context knows nothing of the customer. */
    Optional<CustomerEnrichment> of(long customerId);
}
