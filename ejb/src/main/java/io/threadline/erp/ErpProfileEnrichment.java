package io.threadline.erp;

import io.threadline.identity.CustomerEnrichment;
import io.threadline.identity.ProfileEnrichment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** The ERP's part of a customer's profile: number, segment, lifetime value, order count, last order. */
@ApplicationScoped
public class ErpProfileEnrichment implements ProfileEnrichment {

    @EJB
    private CustomerOrders orders;

    @EJB
    private ErpLookup lookup;

    /** With the ERP lookup configured, the customer's orders are refreshed first; unreachable, the data is marked last known. */
    @Override
    public Optional<CustomerEnrichment> of(long customerId) {
        Instant unreachableSince = lookup.refresh(orders.numbersOf(customerId));
        return orders.enrichment(customerId).map(e -> unreachableSince == null ? e : e.lastKnownAsOf(unreachableSince));
    }
}
