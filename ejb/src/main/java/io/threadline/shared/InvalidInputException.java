package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/**
 * Input that Threadline refuses, naming the offending field. An application exception: it does not
 * roll the caller's transaction back by itself, so a caller may record the rejection in the same transaction.
 */
@ApplicationException(rollback = false)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
