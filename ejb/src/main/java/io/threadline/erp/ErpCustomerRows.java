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
        if (em.find(ErpCustomer.class, customerNumber) != null) {
            return;
        }
        em.persist(new ErpCustomer(customerNumber));
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
