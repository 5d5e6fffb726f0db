package io.threadline.shared;

import java.sql.SQLException;

/** Recognises the failure of an insert that another transaction won (SQLSTATE 23505, the same on Derby and PostgreSQL). */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
