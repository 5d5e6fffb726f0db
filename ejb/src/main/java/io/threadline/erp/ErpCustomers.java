package io.threadline.erp;

import io.threadline.conversation.ConversationService;
import io.threadline.identity.Customer;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityService;
import io.threadline.rules.JsonFields;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies {@code customer.upsert}. The ERP number, emails and phones of the record are one person: they are linked
 * to one customer, merging the customers that had them (audited and undoable like any merge). Orders that arrived
 * before the customer join their timeline, and the tier their value earns is derived.
 */
@Stateless
public class ErpCustomers {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @EJB
    private ConversationService conversations;

    @EJB
    private OrderTimeline timeline;

    @EJB
    private ErpCustomerRows rows;

    @Inject
    private IdentityNormalizer normalizer;

    /** The row of the number, locked until the transaction ends: the first lock any message about the number takes. */
    public ErpCustomer lock(String customerNumber) {
        ErpCustomer row = em.find(ErpCustomer.class, customerNumber, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            rows.ensure(customerNumber);
            row = em.find(ErpCustomer.class, customerNumber, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    /**
     * Retention pseudonymized ERP number {@code from} as {@code to}: the ERP's record of the person (names, address)
     * goes, and their orders are filed under the new number, so they stay the anonymized customer's facts (order
     * count, lifetime value) while the real number finds no one. A later message about the real number starts afresh.
     */
    public void renumber(String from, String to) {
        ErpCustomer row = em.find(ErpCustomer.class, from, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            em.persist(row.renumberedAs(to));
            em.remove(row);
        }
        em.createQuery("UPDATE ErpOrder o SET o.customerNumber = :to WHERE o.customerNumber = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
    }

    /** The identities the record names, normalized; refused, naming the field, before anything is written. */
    public List<IdentityKey> identitiesOf(CustomerRecord record) {
        List<IdentityKey> keys = new ArrayList<>();
        keys.add(normalizer.erpCustomerNumber(record.customerNumber(), "data.customerNumber"));
        for (int i = 0; i < record.emails().size(); i++) {
            keys.add(normalizer.email(record.emails().get(i), JsonFields.element("data.emails", i)));
        }
        for (int i = 0; i < record.phones().size(); i++) {
            keys.add(normalizer.phone(record.phones().get(i), JsonFields.element("data.phones", i)));
        }
        return keys.stream().distinct().toList();
    }

    public boolean apply(CustomerRecord record, List<IdentityKey> keys, SourceStamp stamp, Instant now) {
        ErpCustomer erpRecord = lock(record.customerNumber());
        boolean known = erpRecord.isReceived();
        String segmentBefore = erpRecord.getSegment();
        if (!erpRecord.update(record, stamp, now)) {
            return false;
        }
        Customer customer = identities.link(keys, record.displayName(), "ERP", now);
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        if (!known) {
            conversations.recordSystem(customer, "ERP", "ERP customer " + record.customerNumber()
                    + (record.segment() == null ? "" : ", segment " + record.segment()), stamp.occurredAt());
        } else if (!Objects.equals(segmentBefore, record.segment())) {
            conversations.recordSystem(customer, "ERP", "ERP segment changed from " + (segmentBefore == null ? "none" : segmentBefore)
                    + " to " + (record.segment() == null ? "none" : record.segment()), stamp.occurredAt());
        }
        timeline.attachWaiting(customer, record.customerNumber());
        timeline.deriveTier(customer);
        return true;
    }
}
