package io.threadline.channel.outbound;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Hands a queued reply to its channel's connector, once. The attempt is recorded before the provider is called and
 * the outcome after, each in its own transaction ({@link DeliveryAttempts}); no transaction is open while the
 * provider is called. An attempt that ends without an answer (a timeout, a server killed mid-call) is confirmed
 * with the provider ({@link #confirm}) rather than sent again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundDelivery {

    @EJB
    private DeliveryAttempts attempts;

    @Inject
    private Connectors connectors;

    /** Delivers the reply if it is PENDING and was never handed to its provider. */
    public void deliver(long entryId) {
        attempts.claimFirst(entryId).ifPresent(claim -> attempts.record(entryId, send(claim.reply())));
    }

    /**
     * Settles an attempt begun at {@code attemptedAt} that has no outcome: asks the provider whether it has the
     * message, and sends it only when the provider has none or a second copy is harmless.
     */
    public void confirm(long entryId, Instant attemptedAt) {
        attempts.claimUnconfirmed(entryId, attemptedAt).ifPresent(claim -> {
            OutgoingReply reply = claim.reply();
            Reconciliation answer = connectors.forChannel(reply.channel())
                    .map(connector -> connector.reconcile(reply, claim.previousAttempt()))
                    .orElseGet(Reconciliation::sendAgain);
            attempts.record(entryId, switch (answer.verdict()) {
                case FOUND -> answer.found();
                case SEND_AGAIN -> send(reply);
                case UNKNOWN -> DeliveryResult.unconfirmed(answer.reason());
            });
        });
    }

    private DeliveryResult send(OutgoingReply reply) {
        return connectors.forChannel(reply.channel())
                .map(connector -> connector.deliver(reply))
                .orElseGet(() -> DeliveryResult.failed("No connector delivers replies on " + reply.channel()
                        + " with the current configuration"));
    }
}
