package io.threadline.channel.outbound;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** The fallback of every connector: the reply is marked FAILED with the provider's reason, to be retried by an agent. */
public class NotDelivered implements FallbackHandler<DeliveryResult> {

    @Override
    public DeliveryResult handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof CircuitBreakerOpenException) {
            return DeliveryResult.failed("Not sent: the provider failed repeatedly, so sending on this channel is paused "
                    + "for a short while (circuit breaker open); send it again later");
        }
        String reason = failure == null ? "not delivered" : failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return DeliveryResult.failed(reason);
    }
}
