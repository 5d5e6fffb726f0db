package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/** The caller's role does not allow what they asked (an agent assigning a teammate, marking a VIP). */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
