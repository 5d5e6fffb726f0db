package io.threadline.channel.outbound;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** The fallback of every connector: the reply is marked FAILED with the provider's reason, to be retried by an agent. */
public class NotDelivered implements FallbackHandler<DeliveryResult> {

    @Override
    public DeliveryResult handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        String reason = failure == null ? "not delivered" : failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return DeliveryResult.failed(reason);
    }
}
