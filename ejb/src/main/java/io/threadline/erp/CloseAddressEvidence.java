package io.threadline.erp;

import io.threadline.identity.Customer;
import io.threadline.identity.DuplicateEvidence;
import io.threadline.identity.IdentityType;
import io.threadline.identity.MergeEvidence;
import io.threadline.identity.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another customer of the same distinctive name whose ERP address is close to this one's ({@link AddressSimilarity}):
 * with the same name (itself a weak reason), a strong one.
 */
@ApplicationScoped
public class CloseAddressEvidence implements MergeEvidence {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Override
    public int weight() {
        return 60;
    }

    @Override
    public Map<Customer, String> othersLike(Customer customer) {
        Map<Customer, String> others = new LinkedHashMap<>();
        if (!NameKey.isDistinctive(customer.getNameKey())) {
            return others;
        }
        List<String> own = addresses("o.id = :id").setParameter("id", customer.getId()).getResultList()
                .stream().map(row -> (String) row[1]).toList();
        if (own.isEmpty()) {
            return others;
        }
        for (Object[] row : addresses("o.nameKey = :key AND o.id <> :id AND o.mergedInto IS NULL")
                .setParameter("key", customer.getNameKey()).setParameter("id", customer.getId()).getResultList()) {
            String address = (String) row[1];
            own.stream().filter(mine -> AddressSimilarity.close(mine, address)).findFirst()
                    .ifPresent(mine -> others.putIfAbsent((Customer) row[0], "same name, close addresses ("
                            + DuplicateEvidence.both(mine, address) + ")"));
        }
        return others;
    }

    /** Customers (those {@code where} says, as {@code o}) with the address of their ERP record. */
    private TypedQuery<Object[]> addresses(String where) {
        return em.createQuery("SELECT o, e.address FROM Customer o, Identity i, ErpCustomer e WHERE " + where
                + " AND i.customer = o AND i.type = :erp AND e.customerNumber = i.value AND e.address IS NOT NULL"
                + " ORDER BY o.id", Object[].class).setParameter("erp", IdentityType.ERP);
    }
}
