package io.threadline.web.workspace;

import io.threadline.assist.purchases.PurchaseAssociations;
import io.threadline.assist.purchases.PurchaseSuggestion;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The profile aside's purchase suggestions for a customer, read once per request; never sent by themselves. */
@Named("purchaseSuggestions")
@RequestScoped
public class PurchaseSuggestionsPanel {

    @EJB
    private PurchaseAssociations associations;

    private final Map<Long, List<PurchaseSuggestion>> read = new HashMap<>();

    public List<PurchaseSuggestion> of(long customerId) {
        return read.computeIfAbsent(customerId, associations::forCustomer);
    }
}
