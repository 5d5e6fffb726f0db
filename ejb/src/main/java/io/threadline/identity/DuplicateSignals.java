package io.threadline.identity;

import io.threadline.conversation.TimelineEntry;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What says that another active customer is the same person as this one, each reason with its weight
 * ({@link DuplicateEvidence}). Found with indexed lookups from the customer's own identities, name and texts, never by
 * comparing all customers: their email addresses' and phone numbers' match keys ({@link MatchKey}), their name key,
 * numbers written in their messages, and what other contexts find ({@link MergeEvidence}). Merged and anonymized
 * customers are never found, nor is one found for them.
 */
@Stateless
public class DuplicateSignals {

    /** The same mailbox written another way: case, dots at Gmail, a {@code +tag}. */
    public static final int EMAIL_VARIANT = 95;
    /** The same email name at another domain ({@code ann.lee@example.com}, {@code ann.lee@other.org}). */
    public static final int SAME_EMAIL_NAME = 50;
    /** The same phone number stored with another region or trunk prefix (the same last 9 digits). */
    public static final int PHONE_VARIANT = 85;
    /** Another customer's phone number written in this customer's messages or notes. */
    public static final int PHONE_IN_TEXT = 50;
    /** The same distinctive name (two words or more): many people share a name, so alone it is weak. */
    public static final int SAME_NAME = 30;

    /** How many of the customer's latest entries are read for phone numbers. */
    private static final int ENTRIES_READ = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private IdentityNormalizer normalizer;

    @Inject
    private Instance<MergeEvidence> evidence;

    /** The other active customers like this one, each with its reasons, in the order found. */
    public Map<Customer, List<DuplicateEvidence>> of(Customer customer) {
        Map<Customer, List<DuplicateEvidence>> found = new LinkedHashMap<>();
        if (!isActive(customer)) {
            return found;
        }
        List<Identity> own = em.createNamedQuery("Identity.ofCustomer", Identity.class)
                .setParameter("customerId", customer.getId()).getResultList();
        for (Identity identity : own) {
            if (identity.getType() == IdentityType.EMAIL && identity.getMatchKey() != null) {
                emailVariants(customer, identity, found);
            }
            if (identity.getType() == IdentityType.PHONE && identity.getMatchKey() != null) {
                sameKey(customer, identity).forEach(other -> add(found, other.getCustomer(), new DuplicateEvidence(
                        "phones " + DuplicateEvidence.both(identity.getValue(), other.getValue()) + " are one number", PHONE_VARIANT)));
            }
        }
        sameName(customer).forEach(other -> add(found, other, new DuplicateEvidence("same name", SAME_NAME)));
        phoneInTexts(customer, own).forEach((other, phone) -> add(found, other,
                new DuplicateEvidence("their phone " + phone + " is in a message", PHONE_IN_TEXT)));
        for (MergeEvidence source : evidence) {
            source.othersLike(customer).forEach((other, why) -> add(found, other, new DuplicateEvidence(why, source.weight())));
        }
        found.keySet().removeIf(other -> !isActive(other) || other.getId().equals(customer.getId()));
        return found;
    }

    private void emailVariants(Customer customer, Identity email, Map<Customer, List<DuplicateEvidence>> found) {
        sameKey(customer, email).forEach(other -> add(found, other.getCustomer(), new DuplicateEvidence(
                "emails " + DuplicateEvidence.both(email.getValue(), other.getValue()) + " are one mailbox", EMAIL_VARIANT)));
        String name = MatchKey.personalEmailName(email.getMatchKey());
        if (name == null) {
            return;
        }
        em.createQuery("SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :email AND i.matchKey LIKE :name"
                        + " ESCAPE '\\' AND i.matchKey <> :key AND i.customer <> :customer ORDER BY i.id", Identity.class)
                .setParameter("email", IdentityType.EMAIL).setParameter("customer", customer)
                .setParameter("key", email.getMatchKey())
                .setParameter("name", name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%")
                .getResultStream().forEach(other -> add(found, other.getCustomer(),
                        new DuplicateEvidence("same email name ("
                                + DuplicateEvidence.both(email.getValue(), other.getValue()) + ")", SAME_EMAIL_NAME)));
    }

    /** Other customers' identities of the same type and match key with another value. */
    private List<Identity> sameKey(Customer customer, Identity identity) {
        return em.createQuery("SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :type AND i.matchKey = :key"
                        + " AND i.value <> :value AND i.customer <> :customer ORDER BY i.id", Identity.class)
                .setParameter("type", identity.getType()).setParameter("key", identity.getMatchKey())
                .setParameter("value", identity.getValue()).setParameter("customer", customer).getResultList();
    }

    private List<Customer> sameName(Customer customer) {
        if (!NameKey.isDistinctive(customer.getNameKey())) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Customer o WHERE o.nameKey = :key AND o.id <> :id AND o.mergedInto IS NULL"
                        + " ORDER BY o.id", Customer.class)
                .setParameter("key", customer.getNameKey()).setParameter("id", customer.getId()).getResultList();
    }

    /** Other customers whose phone number is written in this customer's latest messages or notes, with the number. */
    private Map<Customer, String> phoneInTexts(Customer customer, List<Identity> identities) {
        Set<String> own = identities.stream().filter(i -> i.getType() == IdentityType.PHONE).map(Identity::getValue)
                .collect(Collectors.toSet());
        List<String> numbers = new ArrayList<>();
        em.createQuery("SELECT e FROM TimelineEntry e WHERE e.customer = :customer AND e.type <> io.threadline.conversation.EntryType.SYSTEM"
                        + " ORDER BY e.occurredAt DESC", TimelineEntry.class)
                .setParameter("customer", customer).setMaxResults(ENTRIES_READ).getResultStream()
                .flatMap(e -> normalizer.phonesIn(e.getText()).stream())
                .map(IdentityKey::value).filter(n -> !own.contains(n) && !numbers.contains(n)).forEach(numbers::add);
        Map<Customer, String> found = new LinkedHashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :phone AND i.value IN :numbers"
                            + " AND i.customer.mergedInto IS NULL", Identity.class)
                    .setParameter("phone", IdentityType.PHONE).setParameter("numbers", numbers).getResultStream()
                    .forEach(other -> found.putIfAbsent(other.getCustomer(), other.getValue()));
        }
        return found;
    }

    private static boolean isActive(Customer customer) {
        return !customer.isMerged() && !customer.isAnonymized();
    }

    private static void add(Map<Customer, List<DuplicateEvidence>> found, Customer other, DuplicateEvidence why) {
        found.computeIfAbsent(other, c -> new ArrayList<>()).add(why);
    }
}
