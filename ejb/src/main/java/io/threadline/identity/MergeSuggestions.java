package io.threadline.identity;

import io.threadline.conversation.ConversationService;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weaker signals that two active customers are one person, computed on demand for one customer with indexed queries:
 * the same name (accents, case and spacing aside; only names of two words or more), the same email name at another
 * domain (not role addresses such as info@), a phone number written in this customer's recent messages or
 * notes that is another customer's identity, and what other contexts find ({@link MergeEvidence}: an order of another
 * customer mentioned in a message). An agent confirms a suggestion by merging, or answers "not the same
 * person", which is kept for good.
 */
@Stateless
public class MergeSuggestions {

    /** Email names that many unrelated people and companies use. */
    private static final Set<String> ROLE_MAILBOXES = Set.of("info", "support", "contact", "admin", "sales", "hello",
            "office", "billing", "service", "noreply", "no-reply", "mail", "team", "help", "orders", "accounts");
    /** How many of the customer's latest entries are read for phone numbers. */
    private static final int ENTRIES_READ = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private IdentityNormalizer normalizer;

    @EJB
    private ConversationService conversations;

    @Inject
    private Instance<MergeEvidence> evidence;

    public List<MergeSuggestion> forCustomer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException("Customer", customerId);
        }
        if (customer.isMerged()) {
            return List.of();
        }
        Map<Customer, List<String>> reasons = new LinkedHashMap<>();
        sameName(customer).forEach(other -> reason(reasons, other, "same name"));
        sameEmailName(customer).forEach((other, email) -> reason(reasons, other, "same email name (" + email + ")"));
        phoneInTexts(customer).forEach((other, phone) -> reason(reasons, other, "their phone " + phone + " is in a message"));
        for (MergeEvidence source : evidence) {
            source.othersLike(customer).forEach((other, why) -> reason(reasons, other, why));
        }
        Set<Long> dismissed = em.createNamedQuery("MergeSuggestionDismissal.involving", MergeSuggestionDismissal.class)
                .setParameter("customerId", customerId).getResultStream()
                .map(d -> d.otherThan(customerId)).collect(Collectors.toSet());
        return reasons.entrySet().stream().filter(e -> !dismissed.contains(e.getKey().getId()))
                .map(e -> new MergeSuggestion(e.getKey().getId(), e.getKey().label(), e.getKey().getTier().name(), e.getValue()))
                .toList();
    }

    /**
     * "Not the same person": the pair is never suggested again, and both timelines say who decided it. Returns false
     * when the pair had been dismissed already.
     */
    public boolean dismiss(long customerId, long otherId, String actor) {
        if (customerId == otherId) {
            throw new InvalidInputException("other", "is the customer itself");
        }
        Customer customer = active(customerId);
        Customer other = active(otherId);
        boolean known = em.createNamedQuery("MergeSuggestionDismissal.involving", MergeSuggestionDismissal.class)
                .setParameter("customerId", customerId).getResultStream().anyMatch(d -> d.otherThan(customerId) == otherId);
        if (known) {
            return false;
        }
        Instant now = Instant.now();
        em.persist(new MergeSuggestionDismissal(customerId, otherId, actor, now));
        conversations.recordSystem(customer, actor, actor + " marked " + other.label() + " (customer " + otherId
                + ") as not the same person", now);
        conversations.recordSystem(other, actor, actor + " marked " + customer.label() + " (customer " + customerId
                + ") as not the same person", now);
        return true;
    }

    private List<Customer> sameName(Customer customer) {
        if (!NameKey.isDistinctive(customer.getNameKey())) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Customer o WHERE o.nameKey = :key AND o.id <> :id AND o.mergedInto IS NULL"
                        + " ORDER BY o.id", Customer.class)
                .setParameter("key", customer.getNameKey()).setParameter("id", customer.getId()).getResultList();
    }

    /** Other customers with an email of the same name at another domain, with that email. */
    private Map<Customer, String> sameEmailName(Customer customer) {
        Map<Customer, String> found = new LinkedHashMap<>();
        for (Identity email : identities(customer, IdentityType.EMAIL)) {
            String name = email.getValue().substring(0, email.getValue().lastIndexOf('@'));
            if (name.length() < 3 || ROLE_MAILBOXES.contains(name)) {
                continue;
            }
            em.createQuery("SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :email AND i.value LIKE :name"
                            + " ESCAPE '\\' AND i.customer <> :customer AND i.customer.mergedInto IS NULL", Identity.class)
                    .setParameter("email", IdentityType.EMAIL).setParameter("customer", customer)
                    .setParameter("name", name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%")
                    .getResultStream().forEach(other -> found.putIfAbsent(other.getCustomer(), other.getValue()));
        }
        return found;
    }

    /** Other customers whose phone number is written in this customer's latest messages or notes, with the number. */
    private Map<Customer, String> phoneInTexts(Customer customer) {
        Set<String> own = identities(customer, IdentityType.PHONE).stream().map(Identity::getValue).collect(Collectors.toSet());
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

    private List<Identity> identities(Customer customer, IdentityType type) {
        return em.createNamedQuery("Identity.ofCustomer", Identity.class).setParameter("customerId", customer.getId())
                .getResultStream().filter(i -> i.getType() == type).toList();
    }

    private Customer active(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || customer.isMerged()) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }

    private static void reason(Map<Customer, List<String>> reasons, Customer other, String reason) {
        reasons.computeIfAbsent(other, c -> new ArrayList<>()).add(reason);
    }
}
