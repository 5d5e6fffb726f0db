package io.threadline.batch.erpimport;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * A failure of the database that may pass when tried again: a lock not granted in time, a deadlock, a serialization
 * conflict, a lost connection. erp-import.xml retries a chunk that fails with it.
 */
public class TransientDatabaseException extends RuntimeException {

    /**
     * SQLSTATE classes and codes with the same meaning on Derby and PostgreSQL: 40 a transaction rolled back (deadlock,
     * serialization failure, Derby's lock timeout 40XL1), 08 the connection failed; and 55P03, PostgreSQL's lock_timeout.
     */
    private static final List<String> SQL_STATES = List.of("40", "08", "55P03");

    TransientDatabaseException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** True when the failure, or one of its causes (the EJB container and EclipseLink wrap them), is transient. */
    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
