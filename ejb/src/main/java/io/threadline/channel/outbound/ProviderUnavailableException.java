package io.threadline.channel.outbound;

/** The provider could not be reached, or answered that it failed (5xx, 429): it has not the message, worth retrying. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
