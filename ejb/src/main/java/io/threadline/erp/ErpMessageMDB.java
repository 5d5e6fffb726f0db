package io.threadline.erp;

import io.threadline.channel.DeadLetterQueue;
import io.threadline.channel.DeadLetters;
import io.threadline.channel.JsonMessageConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;

import java.time.Instant;

/**
 * Consumes {@code jms/crm/ErpQueue}: each ERP or store message through {@link ErpInbox}. A malformed, unknown or
 * invalid one goes at once to the ERP exception destination with the field named, and the queue moves on.
 */
@MessageDriven(name = "ErpMessageMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/crm/ErpQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class ErpMessageMDB extends JsonMessageConsumer {

    @EJB
    private ErpInbox inbox;

    @EJB
    private DeadLetters deadLetters;

    @Override
    protected void process(String json, Instant receivedAt) {
        inbox.process(json, receivedAt);
    }

    @Override
    protected void reject(Message message, String reason) {
        deadLetters.reject(DeadLetterQueue.ERP, message, reason);
    }

    @Override
    protected String what() {
        return "ERP message";
    }
}
