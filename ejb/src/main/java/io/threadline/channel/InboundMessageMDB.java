package io.threadline.channel;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;

import java.time.Instant;

/** Consumes {@code jms/crm/InboundQueue}: each canonical message through {@link InboundProcessor}. */
@MessageDriven(name = "InboundMessageMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/crm/InboundQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class InboundMessageMDB extends JsonMessageConsumer {

    @EJB
    private InboundProcessor processor;

    @EJB
    private DeadLetters deadLetters;

    @Inject
    private PipelineMetrics metrics;

    @Override
    protected void process(String json, Instant receivedAt) {
        processor.process(json, receivedAt);
    }

    @Override
    protected void reject(Message message, String reason) {
        deadLetters.reject(DeadLetterQueue.INBOUND, message, reason);
    }

    @Override
    protected String what() {
        return "Inbound message";
    }

    @Override
    protected void attemptFailed() {
        metrics.failedAttempt();
    }
}
