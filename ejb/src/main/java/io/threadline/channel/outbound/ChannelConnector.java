package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

/**
 * A channel's way out to the customer (SMTP, a provider's HTTP API, the chat socket). Connectors are CDI
 * beans; {@link Connectors} picks the one that delivers a reply's channel. {@link #deliver} runs behind
 * MicroProfile Fault Tolerance in each connector, and its fallback answers {@link DeliveryResult#failed}.
 */
public interface ChannelConnector {

    /** Whether this connector delivers replies on the channel with the current configuration. */
    boolean delivers(Channel channel);

    DeliveryResult deliver(OutgoingReply reply);
}
