package io.threadline.erp;

import io.threadline.identity.IdentityKey;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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

    @EJB
    private ErpCustomerRows rows;

    public Outcome process(String json, Instant receivedAt) {
        return process(ErpMessageReader.read(json), receivedAt);
    }

    private Outcome process(ErpMessage message, Instant receivedAt) {
        return apply(message, validated(message), receivedAt);
    }

    private Outcome apply(ErpMessage message, Application application, Instant receivedAt) {
        if (em.find(ErpMessageReceipt.class, message.id()) != null) {
            return Outcome.DUPLICATE;
        }
        ErpMessageReceipt receipt = new ErpMessageReceipt(message, receivedAt);
        em.persist(receipt);
        boolean applied = application.change().apply(receivedAt);
        receipt.outcome(applied ? ErpMessageReceipt.Outcome.APPLIED : ErpMessageReceipt.Outcome.STALE);
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }

    /** Refuses, naming the field, what {@link #process} would refuse; writes nothing. */
    public void validate(ErpMessage message) {
        validated(message);
    }

    /**
     * Applies a bulk import's messages, each as {@link #process} does, and writes them to the database before it
     * returns: a failure of the database reaches the caller, which may retry, rather than the commit. The rows of
     * their ERP customer numbers are made in one transaction for them all, not one each.
     */
    public void processAll(List<ErpMessage> messages, Instant receivedAt) {
        List<Application> applications = messages.stream().map(this::validated).toList();
        rows.ensureAll(applications.stream().map(Application::customerNumber).filter(Objects::nonNull).distinct().toList());
        for (int i = 0; i < messages.size(); i++) {
            apply(messages.get(i), applications.get(i), receivedAt);
            // EclipseLink compares every entity it manages at each flush, and each query flushes: cleared per message,
            // a chunk costs in proportion to its size, not to its square.
            em.flush();
            em.clear();
        }
    }

    /** A message's change, ready to apply, and the ERP customer number whose row it locks first (null: none or not known). */
    private record Application(String customerNumber, Change change) {
    }

    /** True when the message was newer than what is stored. */
    private interface Change {
        boolean apply(Instant receivedAt);
    }

    private Application validated(ErpMessage message) {
        SourceStamp stamp = message.stamp();
        return switch (message.type()) {
            case CUSTOMER_UPSERT -> {
                CustomerRecord record = CustomerRecord.read(message.data());
                List<IdentityKey> keys = customers.identitiesOf(record);
                yield new Application(record.customerNumber(), receivedAt -> customers.apply(record, keys, stamp, receivedAt));
            }
            case ORDER_UPSERT -> {
                OrderRecord record = OrderRecord.read(message.data());
                yield new Application(record.customerNumber(), receivedAt -> orders.apply(record, stamp, receivedAt));
            }
            case ORDER_STATUS -> {
                OrderStatusChange change = OrderStatusChange.read(message.data());
                yield new Application(null, receivedAt -> orders.applyStatus(change, stamp, receivedAt));
            }
            case SHIPMENT_UPDATE -> {
                ShipmentRecord record = ShipmentRecord.read(message.data());
                yield new Application(null, receivedAt -> shipments.apply(record, stamp));
            }
            case STORE_INTERACTION -> {
                StoreInteraction interaction = StoreInteraction.read(message.data());
                IdentityKey customer = stores.customerOf(interaction);
                yield new Application(null, receivedAt -> {
                    stores.apply(interaction, customer, message, receivedAt);
                    return true;
                });
            }
        };
    }
}
