package io.threadline.identity;

import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;

/** Another context's additions to a customer's profile (the ERP's orders and value); a CDI bean provides it. */
public interface ProfileEnrichment {

    /** Empty when that context knows nothing of the customer. */
    Optional<CustomerEnrichment> of(long customerId);

    /**
     * The customer's attributes as rules read them ({@code customer.segment}, {@code customer.lifetimeValue}, ...), from
     * what is stored: never a call out of the process, since rules run on the message path.
     */
    Map<String, JsonValue> attributesOf(long customerId);
}
