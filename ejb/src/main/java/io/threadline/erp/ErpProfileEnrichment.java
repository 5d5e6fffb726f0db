package io.threadline.erp;

import io.threadline.identity.CustomerEnrichment;
import io.threadline.identity.ProfileEnrichment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ERP's part of a customer's profile: number, segment, lifetime value, order count, last order. */
@ApplicationScoped
public class ErpProfileEnrichment implements ProfileEnrichment {

    @EJB
    private CustomerOrders orders;

    @Inject
    private ErpLookup lookup;

    /** With the ERP lookup configured, the customer's orders are refreshed first; unreachable, the data is marked last known. */
    @Override
    public Optional<CustomerEnrichment> of(long customerId) {
        Instant unreachableSince = lookup.refresh(orders.numbersOf(customerId));
        return orders.enrichment(customerId).map(e -> unreachableSince == null ? e : e.lastKnownAsOf(unreachableSince));
    }

    /**
     * {@code customer.erpCustomerNumber}, {@code customer.segment}, {@code customer.lifetimeValue} (the amount, when it
     * is one amount), {@code customer.lifetimeValueCurrency}, {@code customer.orderCount}, {@code customer.lastOrderAt}.
     */
    @Override
    public Map<String, JsonValue> attributesOf(long customerId) {
        return orders.enrichment(customerId).map(ErpProfileEnrichment::attributes).orElse(Map.of());
    }

    private static Map<String, JsonValue> attributes(CustomerEnrichment e) {
        Map<String, JsonValue> attributes = new HashMap<>();
        attributes.put("erpCustomerNumber", Json.createValue(e.erpCustomerNumber()));
        if (e.segment() != null) {
            attributes.put("segment", Json.createValue(e.segment()));
        }
        if (e.lifetimeValue() != null) {
            attributes.put("lifetimeValue", Json.createValue(new BigDecimal(e.lifetimeValue().amount())));
            attributes.put("lifetimeValueCurrency", Json.createValue(e.lifetimeValue().currency()));
        }
        attributes.put("orderCount", Json.createValue(e.orderCount()));
        if (e.lastOrderAt() != null) {
            attributes.put("lastOrderAt", Json.createValue(e.lastOrderAt().toString()));
        }
        return attributes;
    }
}
