package io.threadline.erp;

import io.threadline.conversation.EntryType;
import io.threadline.identity.Customer;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityType;
import io.threadline.identity.MergeEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Another customer's order mentioned in this customer's recent messages: they may be one person. */
@ApplicationScoped
public class OrderMentionEvidence implements MergeEvidence {

    private static final int ENTRIES_READ = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** An order is one person's, but a message may name a relative's or a colleague's. */
    @Override
    public int weight() {
        return 60;
    }

    @Override
    public Map<Customer, String> othersLike(Customer customer) {
        Set<String> mentioned = new LinkedHashSet<>();
        em.createQuery("SELECT e.orderNumbers FROM TimelineEntry e WHERE e.customer = :customer AND e.type IN :types"
                        + " AND e.orderNumbers IS NOT NULL ORDER BY e.occurredAt DESC", String.class)
                .setParameter("customer", customer).setParameter("types", List.of(EntryType.MESSAGE, EntryType.CALL))
                .setMaxResults(ENTRIES_READ).getResultStream().forEach(numbers -> mentioned.addAll(List.of(numbers.split(" "))));
        Map<Customer, String> others = new LinkedHashMap<>();
        if (mentioned.isEmpty()) {
            return others;
        }
        for (ErpOrder order : em.createNamedQuery("ErpOrder.byNumbers", ErpOrder.class).setParameter("numbers", mentioned)
                .getResultList()) {
            if (order.getCustomerNumber() == null) {
                continue;
            }
            em.createNamedQuery("Identity.find", Identity.class).setParameter("type", IdentityType.ERP)
                    .setParameter("value", order.getCustomerNumber()).getResultStream().map(Identity::getCustomer)
                    .filter(owner -> !owner.getId().equals(customer.getId()) && !owner.isMerged())
                    .forEach(owner -> others.putIfAbsent(owner, "their order " + order.getOrderNumber() + " is mentioned in a message"));
        }
        return others;
    }
}
