package io.threadline.identity;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.ConversationService;
import io.threadline.shared.ConflictException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the customer behind an identity, creating one for a new sender. Identities that are known to
 * belong together (an ERP record or an import row naming an email and a phone) are linked, merging the
 * customers they belonged to.
 */
@Stateless
public class IdentityService {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private CustomerMergeService merges;

    @EJB
    private NewCustomers newCustomers;

    @EJB
    private ConversationService conversations;

    public Optional<Identity> find(IdentityKey key) {
        return em.createNamedQuery("Identity.find", Identity.class)
                .setParameter("type", key.type())
                .setParameter("value", key.value())
                .getResultStream().findFirst();
    }

    /**
     * The customer who owns {@code key}, locked until the transaction ends. A new sender's customer is created and
     * committed first, in a transaction of its own ({@link NewCustomers#createOwnerOf}): of two transactions creating
     * the same identity at once, the unique constraint lets one create it and the other finds it, without failing
     * either. When the caller's transaction rolls back after that, the customer stays, and the retry finds it.
     */
    public Customer resolve(IdentityKey key, String name, String source, Instant at) {
        Identity identity = find(key).orElseGet(() -> {
            newCustomers.createOwnerOf(key, name, source, at);
            return find(key).orElseThrow(() -> new IllegalStateException(key + " was created but cannot be found"));
        });
        Customer customer = identity.getCustomer();
        // One customer's messages are placed one at a time, so two of them never open two conversations.
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        customer.learnName(name);
        return customer;
    }

    /**
     * Joins several identities of one person: their customers are merged into the oldest, and the identities
     * not known yet are added to it. Returns the customer who now owns them all.
     */
    public Customer link(Collection<IdentityKey> keys, String name, String source, Instant at) {
        Map<IdentityKey, Identity> known = new LinkedHashMap<>();
        for (Identity identity : em.createNamedQuery("Identity.withValues", Identity.class)
                .setParameter("values", keys.stream().map(IdentityKey::value).distinct().toList()).getResultList()) {
            if (keys.contains(identity.key())) {
                known.put(identity.key(), identity);
            }
        }
        List<IdentityKey> unknown = keys.stream().filter(key -> !known.containsKey(key)).toList();
        List<Customer> owners = known.values().stream().map(Identity::getCustomer).map(this::survivorOf).distinct()
                .sorted(Comparator.comparing(Customer::getCreatedAt).thenComparing(Customer::getId)).toList();
        Customer survivor = owners.isEmpty() ? newCustomers.create(name, source, at) : owners.get(0);
        for (Customer other : owners.subList(Math.min(1, owners.size()), owners.size())) {
            merges.merge(survivor.getId(), other.getId(), source + " (linked " + describe(keys) + ")");
        }
        survivor.learnName(name);
        for (IdentityKey key : unknown) {
            em.persist(new Identity(key, survivor, source, at));
        }
        return survivor;
    }

    /**
     * An agent or a system puts a customer's further contact detail on file (a phone number the customer gave on a
     * call, say), so that messages from it land on this customer. Returns false when the customer had it already;
     * an identity of another customer is refused: those two customers are to be merged instead.
     */
    public boolean addTo(long customerId, IdentityKey key, String by) {
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new NotFoundException("Customer", customerId);
        }
        if (customer.isMerged()) {
            throw new ConflictException("Customer " + customerId + " was merged into customer " + customer.getMergedInto()
                    + "; add it there");
        }
        Optional<Identity> known = find(key);
        if (known.isPresent()) {
            Customer owner = known.get().getCustomer();
            if (owner.getId().equals(customer.getId())) {
                return false;
            }
            throw new ConflictException(key.type() + " " + key.value() + " already belongs to customer " + owner.getId()
                    + "; merge the two customers instead");
        }
        Instant now = Instant.now();
        em.persist(new Identity(key, customer, "added by " + by, now));
        // The type only: the value is the customer's contact detail, which the audit log would keep past an erasure.
        audit.record(by, "IDENTITY_ADDED", "customer", String.valueOf(customerId), null,
                Json.createObjectBuilder().add("type", key.type().name()).build());
        conversations.recordSystem(customer, by, by + " added " + key.type() + " " + key.value(), now);
        return true;
    }

    public List<Identity> identitiesOf(Long customerId) {
        return em.createNamedQuery("Identity.ofCustomer", Identity.class)
                .setParameter("customerId", customerId).getResultList();
    }

    /**
     * The active customer a customer was merged into (itself when not merged): an identity read earlier in the same
     * transaction as a merge may still name the customer it was moved away from.
     */
    private Customer survivorOf(Customer customer) {
        Customer active = customer;
        while (active.isMerged()) {
            active = em.find(Customer.class, active.getMergedInto());
        }
        return active;
    }

    private static String describe(Collection<IdentityKey> keys) {
        return keys.stream().map(IdentityKey::toString).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
