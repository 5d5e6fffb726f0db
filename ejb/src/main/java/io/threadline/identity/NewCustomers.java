package io.threadline.identity;

import io.threadline.channel.PipelineMetrics;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.UniqueViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.logging.Logger;

/** Creates customers, each announced by {@code customer.created} in the transaction that creates it. */
@Stateless
public class NewCustomers {

    private static final Logger LOG = Logger.getLogger(NewCustomers.class.getName());

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private EventPublisher events;

    @Inject
    private PipelineMetrics metrics;

    public Customer create(String name, String source, Instant at) {
        Customer customer = new Customer(name, at);
        em.persist(customer);
        events.publish(CrmEvent.customerCreated(customer.getId(), customer.label(), source, at));
        return customer;
    }

    /**
     * Creates the customer owning {@code key} and commits it at once, unless a concurrent transaction (the first
     * message of the same new sender in another MDB instance) created it first: then this one rolls back, quietly, and
     * the other's customer is committed. Its own transaction, because on PostgreSQL the failed insert would fail every
     * later statement of the caller's. Returns whether this call created the customer.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean createOwnerOf(IdentityKey key, String name, String source, Instant at) {
        em.persist(new Identity(key, create(name, source, at), source, at));
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            context.setRollbackOnly();
            metrics.identityRace();
            LOG.fine(() -> "Another transaction created the customer of " + key + " first; using that one");
            return false;
        }
    }
}
