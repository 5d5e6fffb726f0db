package io.threadline.erp;

import io.threadline.identity.CustomerEnrichment;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read side of a customer's ERP data: their orders with lines and shipments, newest first, and the enrichment of
 * their profile. A customer's orders are those of the ERP customer numbers among their identities, so they follow the
 * customer through merges and undos.
 */
@Stateless
public class CustomerOrders {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @Inject
    private ErpSettings settings;

    public List<String> numbersOf(long customerId) {
        return identities.identitiesOf(customerId).stream().filter(i -> i.getType() == IdentityType.ERP)
                .map(Identity::getValue).toList();
    }

    /** The profile's enrichment; empty for a customer the ERP does not know. */
    public Optional<CustomerEnrichment> enrichment(long customerId) {
        List<String> numbers = numbersOf(customerId);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        List<Money> sums = sums(numbers);
        List<ErpOrder> latest = em.createNamedQuery("ErpOrder.ofCustomerNumbers", ErpOrder.class)
                .setParameter("numbers", numbers).setMaxResults(1).getResultList();
        long count = em.createQuery("SELECT COUNT(o) FROM ErpOrder o WHERE o.customerNumber IN :numbers", Long.class)
                .setParameter("numbers", numbers).getSingleResult();
        String address = numbers.stream().map(n -> em.find(ErpCustomer.class, n)).filter(r -> r != null && r.getAddress() != null)
                .map(ErpCustomer::getAddress).findFirst().orElse(null);
        return Optional.of(new CustomerEnrichment(numbers.get(0), numbers, segmentOf(numbers), address, view(settings.valueRule().total(sums)),
                sums.stream().map(CustomerOrders::view).toList(), count,
                latest.isEmpty() ? null : latest.get(0).getPlacedAt(),
                latest.isEmpty() ? null : latest.get(0).getOrderNumber(), null));
    }

    /** The customer's orders, newest first, at most {@code max}. */
    public List<OrderView> orders(long customerId, int max) {
        List<String> numbers = numbersOf(customerId);
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<ErpOrder> orders = em.createNamedQuery("ErpOrder.ofCustomerNumbers", ErpOrder.class)
                .setParameter("numbers", numbers).setMaxResults(max).getResultList();
        return withShipments(orders);
    }

    public Optional<OrderView> order(String orderNumber) {
        return em.createNamedQuery("ErpOrder.byNumber", ErpOrder.class).setParameter("number", orderNumber)
                .getResultStream().findFirst().map(o -> withShipments(List.of(o)).get(0));
    }

    /**
     * Orders that have waited for their customer longer than {@code crm.erp.waiting-report-after}, oldest first: a
     * customer number that never arrived is reported, not kept silently.
     */
    public List<WaitingOrder> waitingTooLong(int max) {
        return em.createNamedQuery("ErpOrder.waitingSince", ErpOrder.class)
                .setParameter("before", java.time.Instant.now().minus(settings.waitingReportAfter()))
                .setMaxResults(max).getResultStream()
                .map(o -> new WaitingOrder(o.getOrderNumber(), o.getCustomerNumber(), o.getStatus().wireName(), o.getReceivedAt()))
                .toList();
    }

    /** The segment the ERP gives the customer (the first of their numbers that has a record). */
    public String segmentOf(List<String> numbers) {
        return numbers.stream().map(n -> em.find(ErpCustomer.class, n)).filter(r -> r != null && r.getSegment() != null)
                .map(ErpCustomer::getSegment).findFirst().orElse(null);
    }

    /** Lifetime value by currency: orders that were not cancelled or returned. */
    public List<Money> sums(List<String> numbers) {
        return em.createNamedQuery("ErpOrder.valueOf", Object[].class).setParameter("numbers", numbers)
                .setParameter("excluded", EnumSet.of(OrderStatus.CANCELLED, OrderStatus.RETURNED)).getResultStream()
                .map(row -> new Money((BigDecimal) row[1], Currency.getInstance((String) row[0])))
                .sorted(java.util.Comparator.comparing(m -> m.currency().getCurrencyCode())).toList();
    }

    static CustomerEnrichment.MoneyView view(Money money) {
        return money == null ? null : new CustomerEnrichment.MoneyView(money.plain(), money.currency().getCurrencyCode(),
                money.display());
    }

    private List<OrderView> withShipments(List<ErpOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<String, List<Shipment>> shipments = em.createNamedQuery("Shipment.ofOrders", Shipment.class)
                .setParameter("numbers", orders.stream().map(ErpOrder::getOrderNumber).toList()).getResultStream()
                .collect(Collectors.groupingBy(Shipment::getOrderNumber));
        return orders.stream().map(o -> OrderView.of(o, shipments.getOrDefault(o.getOrderNumber(), List.of()))).toList();
    }
}
