package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/** A request that contradicts the current state (merging a customer into itself, into a merged profile). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
