package io.threadline.channel.outbound;

/** The provider could not be reached or failed (5xx, 429, timeout): worth retrying later. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
