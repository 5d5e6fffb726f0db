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
        return process(ErpMessageReader.read(json), receivedAt);
    }

    private Outcome process(ErpMessage message, Instant receivedAt) {
        Application application = validated(message);
        if (em.find(ErpMessageReceipt.class, message.id()) != null) {
            return Outcome.DUPLICATE;
        }
        ErpMessageReceipt receipt = new ErpMessageReceipt(message, receivedAt);
        em.persist(receipt);
        boolean applied = application.apply(receivedAt);
        receipt.outcome(applied ? ErpMessageReceipt.Outcome.APPLIED : ErpMessageReceipt.Outcome.STALE);
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }

    /** Refuses, naming the field, what {@link #process} would refuse; writes nothing. */
    public void validate(ErpMessage message) {
        validated(message);
    }

    /**
     * Applies a bulk import's messages, each as {@link #process} does, and writes them to the database before it
     * returns: a failure of the database reaches the caller, which may retry, rather than the commit.
     */
    public void processAll(List<ErpMessage> messages, Instant receivedAt) {
        for (ErpMessage message : messages) {
            process(message, receivedAt);
        }
        em.flush();
    }

    /** A message's change, ready to apply; true when it was newer than what is stored. */
    private interface Application {
        boolean apply(Instant receivedAt);
    }

    private Application validated(ErpMessage message) {
        SourceStamp stamp = message.stamp();
        return switch (message.type()) {
            case CUSTOMER_UPSERT -> {
                CustomerRecord record = CustomerRecord.read(message.data());
                List<IdentityKey> keys = customers.identitiesOf(record);
                yield receivedAt -> customers.apply(record, keys, stamp, receivedAt);
            }
            case ORDER_UPSERT -> {
                OrderRecord record = OrderRecord.read(message.data());
                yield receivedAt -> orders.apply(record, stamp, receivedAt);
            }
            case ORDER_STATUS -> {
                OrderStatusChange change = OrderStatusChange.read(message.data());
                yield receivedAt -> orders.applyStatus(change, stamp, receivedAt);
            }
            case SHIPMENT_UPDATE -> {
                ShipmentRecord record = ShipmentRecord.read(message.data());
                yield receivedAt -> shipments.apply(record, stamp);
            }
            case STORE_INTERACTION -> {
                StoreInteraction interaction = StoreInteraction.read(message.data());
                IdentityKey customer = stores.customerOf(interaction);
                yield receivedAt -> {
                    stores.apply(interaction, customer, message, receivedAt);
                    return true;
                };
            }
        };
    }
}
