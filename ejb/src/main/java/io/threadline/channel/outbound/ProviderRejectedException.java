package io.threadline.channel.outbound;

/** The provider refused the request itself (4xx): sending it again would be refused again. */
public class ProviderRejectedException extends RuntimeException {

    public ProviderRejectedException(String message) {
        super(message);
    }
}
