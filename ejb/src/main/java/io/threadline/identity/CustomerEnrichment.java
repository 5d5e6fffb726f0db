package io.threadline.identity;

import java.time.Instant;
import java.util.List;

/**
 * What the ERP adds to a customer's profile (DESIGN: the customer JSON's {@code enrichment}). {@code lifetimeValue} is
 * null when sums in several currencies cannot be added up (no rate configured); {@code lifetimeValues} always has
 * each currency's sum apart. {@code lastKnown} is set when the ERP lookup could not be reached: what is shown is what
 * Threadline last heard, and the time says since when the ERP has not answered.
 */
public record CustomerEnrichment(String erpCustomerNumber, List<String> erpCustomerNumbers, String segment, String address,
                                 MoneyView lifetimeValue, List<MoneyView> lifetimeValues, long orderCount,
                                 Instant lastOrderAt, String lastOrderNumber, Instant lastKnown) {

    /** An amount as a string with the currency's decimals ({@code "1234.50"}), and as people read it. */
    public record MoneyView(String amount, String currency, String display) {
    }

    public CustomerEnrichment lastKnownAsOf(Instant since) {
        return new CustomerEnrichment(erpCustomerNumber, erpCustomerNumbers, segment, address, lifetimeValue, lifetimeValues,
                orderCount, lastOrderAt, lastOrderNumber, since);
    }
}
