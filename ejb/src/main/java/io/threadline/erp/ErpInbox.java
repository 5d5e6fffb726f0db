package io.threadline.erp;

import io.threadline.identity.IdentityKey;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
        return apply(List.of(message), List.of(validated(message)), receivedAt).get(0);
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
            }
            apply(messages.subList(start, end), applications.subList(start, end), receivedAt);
            // EclipseLink compares every entity it manages at each flush, and each query flushes: cleared after each
            // message or run of upserts, a chunk costs in proportion to its size, not to its square.
            em.flush();
            em.clear();
            start = end;
        }
    }

    /**
     * Applies each message not received before, recording its receipt first, and says for each what became of it.
     * Order upserts (a run of them has nothing else) are applied together.
     */
    private List<Outcome> apply(List<ErpMessage> messages, List<Application> applications, Instant receivedAt) {
        Set<String> seen = new HashSet<>();
        List<Integer> fresh = new ArrayList<>();
        List<ErpMessageReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            ErpMessage message = messages.get(i);
            if (seen.add(message.id()) && em.find(ErpMessageReceipt.class, message.id()) == null) {
                ErpMessageReceipt receipt = new ErpMessageReceipt(message, receivedAt);
                em.persist(receipt);
                receipts.add(receipt);
                fresh.add(i);
            }
        }
        List<Application> toApply = fresh.stream().map(applications::get).toList();
        List<Boolean> applied = applications.get(0).upsert() != null
                ? orders.applyAll(toApply.stream().map(Application::upsert).toList(), receivedAt)
                : toApply.stream().map(application -> application.change().apply(receivedAt)).toList();
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(messages.size(), Outcome.DUPLICATE));
        for (int k = 0; k < fresh.size(); k++) {
            receipts.get(k).outcome(applied.get(k) ? ErpMessageReceipt.Outcome.APPLIED : ErpMessageReceipt.Outcome.STALE);
            outcomes.set(fresh.get(k), applied.get(k) ? Outcome.APPLIED : Outcome.STALE);
        }
        return outcomes;
    }

    /**
     * A message ready to apply, and the ERP customer number whose row it locks first (null: none or not known): an
     * order upsert (applied with its neighbours, {@link Orders#applyAll}) or any other message's change.
     */
    private record Application(String customerNumber, Orders.Upsert upsert, Change change) {

        static Application of(String customerNumber, Change change) {
            return new Application(customerNumber, null, change);
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
                yield Application.of(record.customerNumber(), receivedAt -> customers.apply(record, keys, stamp, receivedAt));
            }
            case ORDER_UPSERT -> {
                OrderRecord record = OrderRecord.read(message.data());
                yield new Application(record.customerNumber(), new Orders.Upsert(record, stamp), null);
            }
            case ORDER_STATUS -> {
                OrderStatusChange change = OrderStatusChange.read(message.data());
                yield Application.of(null, receivedAt -> orders.applyStatus(change, stamp, receivedAt));
            }
            case SHIPMENT_UPDATE -> {
                ShipmentRecord record = ShipmentRecord.read(message.data());
                yield Application.of(null, receivedAt -> shipments.apply(record, stamp));
            }
            case STORE_INTERACTION -> {
                StoreInteraction interaction = StoreInteraction.read(message.data());
                IdentityKey customer = stores.customerOf(interaction);
                yield Application.of(null, receivedAt -> {
                    stores.apply(interaction, customer, message, receivedAt);
                    return true;
                });
            }
        };
    }
}
