package io.threadline.channel.chat;

import io.threadline.identity.Customer;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityType;
import io.threadline.identity.MergeEvidence;
import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One chat widget visitor (one browser) wrote for two customers: their chat is on this customer's timeline, while
 * their CHAT identity is another's, or the other way round. That happens when a visitor whose chat customer has an
 * email typed, in a later pre-chat form, an email of another customer: the visitor moves to that customer (the
 * pre-chat form never merges two customers with addresses of their own) and their earlier chat stays behind.
 */
@ApplicationScoped
public class SharedVisitorEvidence implements MergeEvidence {

    private static final int ENTRIES_READ = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /** One browser may be shared by a household or an office's front desk. */
    @Override
    public int weight() {
        return 70;
    }

    @Override
    public Map<Customer, String> othersLike(Customer customer) {
        Map<Customer, String> others = new LinkedHashMap<>();
        Set<String> visitors = new LinkedHashSet<>();
        em.createQuery("SELECT e.externalId FROM TimelineEntry e WHERE e.customer = :customer AND e.channel = :chat"
                        + " AND e.externalId IS NOT NULL ORDER BY e.occurredAt DESC", String.class)
                .setParameter("customer", customer).setParameter("chat", Channel.CHAT).setMaxResults(ENTRIES_READ)
                .getResultStream().forEach(id -> ChatMessageIds.visitorOf(id).ifPresent(visitors::add));
        if (!visitors.isEmpty()) {
            em.createQuery("SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :chat AND i.value IN :visitors"
                            + " AND i.customer <> :customer", Identity.class)
                    .setParameter("chat", IdentityType.CHAT).setParameter("visitors", visitors).setParameter("customer", customer)
                    .getResultStream().forEach(i -> others.putIfAbsent(i.getCustomer(),
                            "chat visitor " + i.getValue() + " wrote for both"));
        }
        for (Identity own : em.createNamedQuery("Identity.ofCustomer", Identity.class).setParameter("customerId", customer.getId())
                .getResultList()) {
            if (own.getType() != IdentityType.CHAT) {
                continue;
            }
            em.createQuery("SELECT e.customer FROM TimelineEntry e WHERE e.channel = :chat AND e.externalId LIKE :prefix"
                            + " AND e.customer <> :customer", Customer.class)
                    .setParameter("chat", Channel.CHAT).setParameter("customer", customer)
                    .setParameter("prefix", ChatMessageIds.prefix(own.getValue()) + "%").setMaxResults(ENTRIES_READ)
                    .getResultStream().forEach(other -> others.putIfAbsent(other, "chat visitor " + own.getValue() + " wrote for both"));
        }
        return others;
    }
}
