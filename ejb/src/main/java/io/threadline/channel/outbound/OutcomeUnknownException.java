package io.threadline.channel.outbound;

/**
 * The request reached the provider but no answer came back (a timeout, a connection lost after sending): the
 * provider may have accepted the message. Not retried: the reply is confirmed with the provider instead
 * ({@link ChannelConnector#reconcile}).
 */
public class OutcomeUnknownException extends RuntimeException {

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
