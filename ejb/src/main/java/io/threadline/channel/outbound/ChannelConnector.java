package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.util.Optional;

/**
 * A channel's way out to the customer (SMTP, a provider's HTTP API, the chat socket). Connectors are CDI
 * beans; {@link Connectors} picks the one that delivers a reply's channel. {@link #deliver} runs behind
 * MicroProfile Fault Tolerance in each connector, and its fallback answers {@link DeliveryResult#failed}.
 */
public interface ChannelConnector {

    /** Whether this connector delivers replies on the channel with the current configuration. */
    boolean delivers(Channel channel);

    DeliveryResult deliver(OutgoingReply reply);

    /**
     * Why files cannot go with a reply on the channel, or empty when they can ({@link OutgoingReply#files}). Asked
     * before a reply with files is stored, so the agent learns it at once.
     */
    default Optional<String> refusesFiles(Channel channel) {
        return Optional.of("files cannot be sent on " + channel);
    }
}
