package io.threadline.shared;

import jakarta.ejb.ApplicationException;

/**
 * A message could not be handed to the inbound queue (it is at its configured depth, or the messaging
 * engine is unavailable). Nothing was accepted; the sender should retry later.
 */
@ApplicationException(rollback = true)
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
