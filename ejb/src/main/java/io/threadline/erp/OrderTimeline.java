package io.threadline.erp;

import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerTiers;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tells the customer's timeline what changed in their orders, one entry per meaningful change (placed, a new status,
 * a parcel's new status), never one per message; and keeps the tier the customer's value earns up to date.
 */
@Stateless
public class OrderTimeline {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @EJB
    private CustomerOrders customerOrders;

    @EJB
    private CustomerTiers tiers;

    @Inject
    private ErpSettings settings;

    /** The customer with this ERP number, locked until the transaction ends; empty while no customer has it. */
    public Optional<Customer> ownerOf(String customerNumber) {
        if (customerNumber == null) {
            return Optional.empty();
        }
        return identities.find(new IdentityKey(IdentityType.ERP, customerNumber)).map(Identity::getCustomer)
                .map(customer -> {
                    em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
                    return customer;
                });
    }

    /** The order is on its customer's timeline from now on: "Order SO-1001 placed: 3 items, EUR 129.90". */
    public void placed(Customer customer, ErpOrder order) {
        Money total = order.totalMoney();
        String text = "Order " + order.getOrderNumber() + " placed: " + order.itemCount()
                + (order.itemCount() == 1 ? " item" : " items") + (total == null ? "" : ", " + total.display())
                + (order.getStatus() == OrderStatus.PLACED ? "" : " (now " + order.getStatus().wireName() + ")");
        em.persist(TimelineEntry.order(customer, order.getOrderNumber(), text,
                order.getPlacedAt() != null ? order.getPlacedAt() : order.getReceivedAt()));
        order.placeOnTimeline();
        for (Shipment shipment : em.createNamedQuery("Shipment.ofOrders", Shipment.class)
                .setParameter("numbers", List.of(order.getOrderNumber())).getResultList()) {
            shipped(customer, shipment, shipment.getStamp().occurredAt());
        }
    }

    public void statusChanged(Customer customer, ErpOrder order, Instant at) {
        em.persist(TimelineEntry.order(customer, order.getOrderNumber(),
                "Order " + order.getOrderNumber() + " " + order.getStatus().wireName(), at));
    }

    public void shipped(Customer customer, Shipment shipment, Instant at) {
        em.persist(TimelineEntry.order(customer, shipment.getOrderNumber(),
                "Order " + shipment.getOrderNumber() + ", parcel " + shipment.describe(), at));
    }

    /** The customer's orders that arrived before them join their timeline. */
    public void attachWaiting(Customer customer, String customerNumber) {
        for (ErpOrder order : em.createNamedQuery("ErpOrder.waitingFor", ErpOrder.class)
                .setParameter("number", customerNumber).getResultList()) {
            placed(customer, order);
        }
    }

    /** The tier the customer's value and segment earn, unless a supervisor chose one. */
    public void deriveTier(Customer customer) {
        List<String> numbers = customerOrders.numbersOf(customer.getId());
        if (numbers.isEmpty()) {
            return;
        }
        ValueRule.Verdict verdict = settings.valueRule().judge(customerOrders.sums(numbers), customerOrders.segmentOf(numbers));
        tiers.derive(customer, verdict.tier(), "ERP", verdict.reason());
    }
}
