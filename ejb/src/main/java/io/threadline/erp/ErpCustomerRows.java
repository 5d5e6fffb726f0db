package io.threadline.erp;

import io.threadline.shared.UniqueViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;

/**
 * Makes sure the row of an ERP customer number exists, committed at once in a transaction of its own, so that every
 * message about that number can lock it. Of two transactions creating it at once one wins and the other finds it.
 */
@Stateless
public class ErpCustomerRows {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String customerNumber) {
        ensureAll(List.of(customerNumber));
    }

    /**
     * The rows of several numbers in one transaction (a bulk import's chunk). When another transaction created one of
     * them meanwhile, none is made here, and each is made when it is locked ({@link ErpCustomers#lock}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureAll(List<String> customerNumbers) {
        customerNumbers.stream().filter(number -> em.find(ErpCustomer.class, number) == null)
                .forEach(number -> em.persist(new ErpCustomer(number)));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            context.setRollbackOnly();
        }
    }
}
