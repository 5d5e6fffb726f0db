package io.threadline.erp;

import io.threadline.identity.IdentityKey;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies one ERP or store message in the caller's transaction: read and validated in full first (so a refused
 * message writes nothing), applied at most once per {@code id}, and only where it is not older than what is stored.
 */
@Stateless
public class ErpInbox {

    public enum Outcome { APPLIED, STALE, DUPLICATE }

    /** Order upserts applied together at most: what they change is held in memory until it is written at their end. */
    private static final int UPSERTS_TOGETHER = 500;

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
     * their ERP customer numbers are made in one transaction for them all, not one each. Consecutive order upserts
     * are applied together and written at once ({@link Orders#applyAll}); the other messages one by one.
     */
    public void processAll(List<ErpMessage> messages, Instant receivedAt) {
        List<Application> applications = messages.stream().map(this::validated).toList();
        rows.ensureAll(applications.stream().map(Application::customerNumber).filter(Objects::nonNull).distinct().toList());
        int start = 0;
        while (start < messages.size()) {
            int end = start + 1;
            if (applications.get(start).upsert() != null) {
                while (end < messages.size() && end - start < UPSERTS_TOGETHER && applications.get(end).upsert() != null) {
                    end++;
                }
                applyUpserts(messages.subList(start, end), applications.subList(start, end), receivedAt);
            } else {
                apply(messages.get(start), applications.get(start), receivedAt);
            }
            // EclipseLink compares every entity it manages at each flush, and each query flushes: cleared after each
            // message or run of upserts, a chunk costs in proportion to its size, not to its square.
            em.flush();
            em.clear();
            start = end;
        }
    }

    private void applyUpserts(List<ErpMessage> messages, List<Application> applications, Instant receivedAt) {
        Set<String> seen = new HashSet<>();
        List<ErpMessageReceipt> receipts = new ArrayList<>();
        List<Orders.Upsert> upserts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (seen.add(messages.get(i).id()) && em.find(ErpMessageReceipt.class, messages.get(i).id()) == null) {
                receipts.add(new ErpMessageReceipt(messages.get(i), receivedAt));
                upserts.add(new Orders.Upsert(applications.get(i).upsert(), messages.get(i).stamp()));
            }
        }
        List<Boolean> applied = orders.applyAll(upserts, receivedAt);
        for (int i = 0; i < receipts.size(); i++) {
            receipts.get(i).outcome(applied.get(i) ? ErpMessageReceipt.Outcome.APPLIED : ErpMessageReceipt.Outcome.STALE);
            em.persist(receipts.get(i));
        }
    }

    /**
     * A message's change, ready to apply, and the ERP customer number whose row it locks first (null: none or not
     * known); for an order upsert also its record, which is applied together with its neighbours in a bulk import.
     */
    private record Application(String customerNumber, Change change, OrderRecord upsert) {

        Application(String customerNumber, Change change) {
            this(customerNumber, change, null);
        }
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
                yield new Application(record.customerNumber(), receivedAt -> orders.apply(record, stamp, receivedAt), record);
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
