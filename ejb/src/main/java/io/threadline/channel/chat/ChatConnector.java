package io.threadline.channel.chat;

import io.threadline.channel.outbound.ChannelConnector;
import io.threadline.channel.outbound.DeliveryResult;
import io.threadline.channel.outbound.NotDelivered;
import io.threadline.channel.outbound.OutgoingReply;
import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.Reconciliation;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Instant;
import java.util.Optional;

/**
 * Delivers agents' chat replies over the visitor's open sockets: DELIVERED when a socket on this server took it, SENT
 * when the visitor is away or on another server; {@link ChatRelay} brings a SENT reply to the visitor's sockets on
 * whichever server has them (and to one opened here after the push), else it is in their history when they come
 * back. The reply goes to the visitor who wrote last in the conversation, or, when no one wrote there through the
 * widget, to the customer's latest CHAT identity. A failure (the database, say) is retried; a recipient who is no
 * widget visitor (a CHAT identity that came through the API) is refused for good.
 */
@ApplicationScoped
public class ChatConnector implements ChannelConnector {

    @EJB
    ChatSockets sockets;

    @EJB
    ChatTranscript transcript;

    @Override
    public boolean delivers(Channel channel) {
        return channel == Channel.CHAT;
    }

    /** The widget shows a reply's files as links to open them. */
    @Override
    public Optional<String> refusesFiles(Channel channel) {
        return Optional.empty();
    }

    /** The widget shows a reply once, by its id, however often it is pushed. */
    @Override
    public Reconciliation reconcile(OutgoingReply reply, Instant attemptedAt) {
        return Reconciliation.sendAgain();
    }

    @Override
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            skipOn = ProviderRejectedException.class)
    @Fallback(NotDelivered.class)
    public DeliveryResult deliver(OutgoingReply reply) {
        String visitor = transcript.visitorOf(reply.conversationId()).orElse(reply.to());
        if (!VisitorCredentials.isVisitorId(visitor)) {
            throw new ProviderRejectedException("The CHAT identity " + visitor + " is not a visitor of the chat widget;"
                    + " chat replies reach only widget visitors");
        }
        String frame = ChatFrames.message(new ChatLine("reply-" + reply.entryId(), ChatLine.AGENT, reply.author(),
                reply.text(), Instant.now(), reply.files().stream().map(f -> new ChatLine.File(f.name(), f.url())).toList()));
        String messageId = ChatMessageIds.outbound(visitor, reply.entryId());
        return sockets.push(visitor, frame) > 0 ? DeliveryResult.delivered(messageId) : DeliveryResult.sent(messageId);
    }
}
