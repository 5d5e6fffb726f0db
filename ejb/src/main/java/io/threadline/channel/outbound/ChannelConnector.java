package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.time.Instant;
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
     * What became of a reply handed to the provider at {@code attemptedAt} without an answer back (a timeout, a
     * server that died mid-call). Called only once that attempt has surely ended. By default the connector cannot
     * tell, and the reply waits for the provider's status report or an admin.
     */
    default Reconciliation reconcile(OutgoingReply reply, Instant attemptedAt) {
        return Reconciliation.unknown("no answer from the provider, which cannot be asked about a message it may have;"
                + " waiting for its status report");
    }

    /**
     * Why files cannot go with a reply on the channel, or empty when they can ({@link OutgoingReply#files}). Asked
     * before a reply with files is stored, so the agent learns it at once.
     */
    default Optional<String> refusesFiles(Channel channel) {
        return Optional.of("files cannot be sent on " + channel);
    }
}
