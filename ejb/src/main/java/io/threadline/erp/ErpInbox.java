package io.threadline.erp;

import io.threadline.identity.IdentityKey;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Applies one ERP or store message in the caller's transaction: read and validated in full first (so a refused
 * message writes nothing), applied at most once per {@code id}, and only where it is not older than what is stored.
 */
@Stateless
public class ErpInbox {

    public enum Outcome { APPLIED, STALE, DUPLICATE }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ErpCustomers customers;

    @EJB
    private Orders orders;

    @EJB
    private Shipments shipments;

    @EJB
    private StoreVisits stores;

    public Outcome process(String json, Instant receivedAt) {
        ErpMessage message = ErpMessageReader.read(json);
        Application application = validated(message, receivedAt);
        if (em.find(ErpMessageReceipt.class, message.id()) != null) {
            return Outcome.DUPLICATE;
        }
        ErpMessageReceipt receipt = new ErpMessageReceipt(message, receivedAt);
        em.persist(receipt);
        boolean applied = application.apply();
        receipt.outcome(applied ? ErpMessageReceipt.Outcome.APPLIED : ErpMessageReceipt.Outcome.STALE);
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }

    /** A message's change, ready to apply; true when it was newer than what is stored. */
    private interface Application {
        boolean apply();
    }

    private Application validated(ErpMessage message, Instant receivedAt) {
        SourceStamp stamp = message.stamp();
        return switch (message.type()) {
            case CUSTOMER_UPSERT -> {
                CustomerRecord record = CustomerRecord.read(message.data());
                List<IdentityKey> keys = customers.identitiesOf(record);
                yield () -> customers.apply(record, keys, stamp, receivedAt);
            }
            case ORDER_UPSERT -> {
                OrderRecord record = OrderRecord.read(message.data());
                yield () -> orders.apply(record, stamp, receivedAt);
            }
            case ORDER_STATUS -> {
                OrderStatusChange change = OrderStatusChange.read(message.data());
                yield () -> orders.applyStatus(change, stamp, receivedAt);
            }
            case SHIPMENT_UPDATE -> {
                ShipmentRecord record = ShipmentRecord.read(message.data());
                yield () -> shipments.apply(record, stamp);
            }
            case STORE_INTERACTION -> {
                StoreInteraction interaction = StoreInteraction.read(message.data());
                IdentityKey customer = stores.customerOf(interaction);
                yield () -> {
                    stores.apply(interaction, customer, message, receivedAt);
                    return true;
                };
            }
        };
    }
}
