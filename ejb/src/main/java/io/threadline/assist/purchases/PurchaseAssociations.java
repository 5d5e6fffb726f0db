package io.threadline.assist.purchases;

import io.threadline.erp.CustomerOrders;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The associations between products over all customers' ERP orders, mined again by the nightly
 * {@code purchase-associations} job, and a customer's suggestions from them for the profile.
 */
@Stateless
public class PurchaseAssociations {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private CustomerOrders orders;

    @Resource
    private SessionContext context;

    @Inject
    private PurchaseSettings settings;

    /**
     * Mines every order again and replaces the stored associations with what passes; how many passed. The orders are
     * read without a transaction, a page at a time, so a long order history never runs into the transaction timeout;
     * only the replacement is one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int mineAgain() {
        Map<Long, Purchase> purchases = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        long after = 0;
        List<Long> ids;
        do {
            ids = em.createQuery("SELECT o.id FROM ErpOrder o WHERE o.id > :after AND o.customerNumber IS NOT NULL"
                    + " AND o.placedAt IS NOT NULL ORDER BY o.id", Long.class).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            if (ids.isEmpty()) {
                break;
            }
            for (Object[] row : em.createQuery("SELECT o.id, o.customerNumber, o.placedAt, l.sku, l.name FROM ErpOrder o"
                    + " JOIN o.lines l WHERE o.id IN :ids AND l.sku IS NOT NULL", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                String sku = (String) row[3];
                purchases.merge((Long) row[0], new Purchase((String) row[1], (Instant) row[2], Set.of(sku)),
                        (a, b) -> new Purchase(a.customer(), a.orderedAt(), union(a.skus(), b.skus())));
                if (row[4] != null) {
                    names.put(sku, (String) row[4]);
                }
            }
            after = ids.get(ids.size() - 1);
            em.clear();
        } while (ids.size() == PAGE);
        List<Association> mined = AssociationMiner.mine(new ArrayList<>(purchases.values()), settings.thresholds());
        context.getBusinessObject(PurchaseAssociations.class).replace(mined, names);
        return mined.size();
    }

    /** Replaces the stored associations with these, all or none; {@code names}: product names by SKU. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replace(List<Association> mined, Map<String, String> names) {
        em.createNamedQuery("StoredAssociation.deleteAll").executeUpdate();
        Instant now = Instant.now();
        mined.forEach(a -> em.persist(new StoredAssociation(a, names.get(a.product()), names.get(a.then()), now)));
    }

    /** Up to three products for this customer with the reason for each; none for a customer the ERP does not know. */
    public List<PurchaseSuggestion> forCustomer(long customerId) {
        List<String> numbers = orders.numbersOf(customerId);
        if (numbers.isEmpty()) {
            return List.of();
        }
        Set<String> bought = new HashSet<>(em.createQuery("SELECT DISTINCT l.sku FROM ErpOrder o JOIN o.lines l"
                + " WHERE o.customerNumber IN :numbers AND l.sku IS NOT NULL", String.class)
                .setParameter("numbers", numbers).getResultList());
        if (bought.isEmpty()) {
            return List.of();
        }
        List<StoredAssociation> stored = em.createNamedQuery("StoredAssociation.from", StoredAssociation.class)
                .setParameter("bought", bought).getResultList();
        Map<String, String> names = new HashMap<>();
        stored.forEach(a -> {
            names.putIfAbsent(a.getProductSku(), a.getProductName());
            names.putIfAbsent(a.getThenSku(), a.getThenName());
        });
        return PurchaseSuggestions.forCustomer(bought, stored.stream().map(StoredAssociation::association).toList(), names,
                settings.thresholds().window());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
