package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/** A requested resource (customer, conversation, message) does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
