package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input that Threadline refuses, naming the offending field. An application exception: it does not
 * roll the caller's transaction back by itself, so a caller may record the rejection in the same transaction.
 */
@ApplicationException(rollback = false)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String reason() {
        return reason;
    }
}
