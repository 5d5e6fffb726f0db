package io.threadline.erp;

import io.threadline.identity.Customer;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Applies {@code shipment.update}: a parcel, by carrier and tracking number, is created or takes its newer status.
 * A new parcel or a new status goes on the customer's timeline once its order is there.
 */
@Stateless
public class Shipments {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private OrderTimeline timeline;

    @EJB
    private Orders orders;

    public boolean apply(ShipmentRecord record, SourceStamp stamp) {
        Optional<Customer> owner = orders.lockCustomerOf(record.orderNumber());
        Shipment shipment = em.createNamedQuery("Shipment.find", Shipment.class)
                .setParameter("carrier", record.carrier()).setParameter("trackingNumber", record.trackingNumber())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        boolean created = shipment == null;
        if (created) {
            shipment = new Shipment(record.carrier(), record.trackingNumber());
        }
        ShipmentStatus before = shipment.getStatus();
        if (!shipment.update(record, stamp)) {
            return false;
        }
        if (created) {
            em.persist(shipment);
        }
        boolean orderShown = em.createNamedQuery("ErpOrder.byNumber", ErpOrder.class).setParameter("number", record.orderNumber())
                .getResultStream().anyMatch(ErpOrder::isOnTimeline);
        if ((created || before != shipment.getStatus()) && orderShown && owner.isPresent()) {
            timeline.shipped(owner.get(), shipment, stamp.occurredAt());
        }
        return true;
    }
}
