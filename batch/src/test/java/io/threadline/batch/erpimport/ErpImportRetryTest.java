package io.threadline.batch.erpimport;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures of the database erp-import retries: those that may pass, however deeply wrapped. */
class ErpImportRetryTest {

    @Test
    void lockTimeoutsDeadlocksSerializationFailuresAndLostConnectionsAreTransient() {
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PessimisticLockException("row locked"))));
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1")))));
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("deadlock detected", "40P01")))), "PostgreSQL's driver throws plain SQLExceptions");
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("could not serialize access", "40001")))));
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("canceling statement due to lock timeout", "55P03")))));
        assertTrue(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend", "08006")))));
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertFalse(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(TransientDatabaseException.isCauseOf(rolledBack(new PersistenceException(
                new SQLException("value too long for type character varying(64)", "22001")))));
        assertFalse(TransientDatabaseException.isCauseOf(rolledBack(new NullPointerException())));
    }

    private static EJBTransactionRolledbackException rolledBack(Exception cause) {
        return new EJBTransactionRolledbackException("Transaction rolled back", cause);
    }
}
