package io.threadline.erp;

import io.threadline.identity.Customer;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@code order.upsert} and {@code order.status}. Each order is locked while a message changes it, so messages
 * of one order are applied one at a time, and a message stamped older than what the order has changes nothing.
 */
@Stateless
public class Orders {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private OrderTimeline timeline;

    @EJB
    private ErpCustomers customers;

    /** An {@code order.upsert}'s record and the stamp of its message. */
    public record Upsert(OrderRecord record, SourceStamp stamp) {
    }

    public boolean apply(OrderRecord record, SourceStamp stamp, Instant now) {
        return applyAll(List.of(new Upsert(record, stamp)), now).get(0);
    }

    /**
     * Applies upserts in their order, each as if alone, taking the locks in the order every ERP message takes them.
     * Their changes are written once at the end, and then the tier of each customer whose orders changed is derived
     * once. True for each upsert applied, false for one older than what its order has.
     */
    public List<Boolean> applyAll(List<Upsert> upserts, Instant now) {
        // Flushed before each query, hundreds of upserts' entities would all be compared at each of their many reads,
        // none of which needs the others' changes. The orders they change are kept by number: read again with a lock,
        // EclipseLink would refresh them from the database and lose what was not written yet.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            Map<String, ErpOrder> orders = new HashMap<>();
            Set<Customer> changed = new LinkedHashSet<>();
            List<Boolean> applied = new ArrayList<>(upserts.size());
            for (Upsert upsert : upserts) {
                applied.add(apply(upsert, now, orders, changed));
            }
            em.flush();
            changed.forEach(timeline::deriveTier);
            return applied;
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private boolean apply(Upsert upsert, Instant now, Map<String, ErpOrder> orders, Set<Customer> changed) {
        OrderRecord record = upsert.record();
        customers.lock(record.customerNumber());
        Optional<Customer> owner = timeline.ownerOf(record.customerNumber());
        ErpOrder order = orders.computeIfAbsent(record.orderNumber(),
                number -> find(number).orElseGet(() -> create(number, record.status(), now)));
        OrderStatus before = order.getStatus();
        if (!order.update(record, upsert.stamp())) {
            return false;
        }
        owner.ifPresent(customer -> {
            if (!order.isOnTimeline()) {
                timeline.placed(customer, order);
            } else if (before != order.getStatus()) {
                timeline.statusChanged(customer, order, upsert.stamp().occurredAt());
            }
            changed.add(customer);
        });
        return true;
    }

    /** An order the ERP lookup answered with, applied in a transaction of its own (the profile's read goes on). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyLookedUp(OrderRecord record, SourceStamp stamp, Instant now) {
        apply(record, stamp, now);
    }

    public boolean applyStatus(OrderStatusChange change, SourceStamp stamp, Instant now) {
        Optional<Customer> owner = lockCustomerOf(change.orderNumber());
        ErpOrder order = find(change.orderNumber()).orElseGet(() -> create(change.orderNumber(), change.status(), now));
        OrderStatus before = order.getStatus();
        if (!order.changeStatus(change.status(), stamp)) {
            return false;
        }
        if (order.isOnTimeline() && before != order.getStatus()) {
            owner.ifPresent(customer -> {
                timeline.statusChanged(customer, order, stamp.occurredAt());
                timeline.deriveTier(customer);
            });
        }
        return true;
    }

    /**
     * Locks, in the order every ERP message takes them, the row of the order's customer number and the customer who
     * has it; empty while the order or its customer is not known.
     */
    public Optional<Customer> lockCustomerOf(String orderNumber) {
        Optional<String> customerNumber = em.createQuery(
                        "SELECT o.customerNumber FROM ErpOrder o WHERE o.orderNumber = :number", String.class)
                .setParameter("number", orderNumber).getResultStream().filter(n -> n != null).findFirst();
        customerNumber.ifPresent(customers::lock);
        return customerNumber.flatMap(timeline::ownerOf);
    }

    public Optional<ErpOrder> find(String orderNumber) {
        return em.createNamedQuery("ErpOrder.byNumber", ErpOrder.class).setParameter("number", orderNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private ErpOrder create(String orderNumber, OrderStatus status, Instant now) {
        ErpOrder order = new ErpOrder(orderNumber, status, now);
        em.persist(order);
        return order;
    }
}
