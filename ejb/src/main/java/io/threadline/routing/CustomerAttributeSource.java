package io.threadline.routing;

import io.threadline.identity.ProfileEnrichment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Map;

/** Where rules find a customer's enrichment attributes: the profile's enrichment (the ERP's), when there is one. */
@ApplicationScoped
public class CustomerAttributeSource {

    @Inject
    Instance<ProfileEnrichment> enrichments;

    public CustomerAttributes of(long customerId) {
        return CustomerAttributes.of(() -> enrichments.isResolvable() ? enrichments.get().attributesOf(customerId) : Map.of());
    }
}
