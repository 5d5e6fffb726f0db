package io.threadline.channel.outbound;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The fallback of every connector: the reply is marked FAILED with the provider's reason, to be retried by an agent;
 * or, when the provider may have accepted it (no answer in time), left to be confirmed with the provider.
 */
public class NotDelivered implements FallbackHandler<DeliveryResult> {

    @Override
    public DeliveryResult handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof CircuitBreakerOpenException) {
            return DeliveryResult.failed("Not sent: the provider failed repeatedly, so sending on this channel is paused "
                    + "for a short while (circuit breaker open); send it again later");
        }
        if (failure instanceof OutcomeUnknownException) {
            return DeliveryResult.unconfirmed(failure.getMessage());
        }
        if (failure instanceof TimeoutException) {
            return DeliveryResult.unconfirmed("The provider did not answer in time; it may have accepted the message");
        }
        String reason = failure == null ? "not delivered" : failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return DeliveryResult.failed(reason);
    }
}
