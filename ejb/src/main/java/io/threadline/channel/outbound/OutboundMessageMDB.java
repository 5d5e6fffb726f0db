package io.threadline.channel.outbound;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;

import java.io.StringReader;

/** Consumes {@code jms/crm/OutboundQueue}: each message names a PENDING reply to deliver. */
@MessageDriven(name = "OutboundMessageMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/crm/OutboundQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class OutboundMessageMDB implements MessageListener {

    @EJB
    private OutboundDelivery delivery;

    @Override
    public void onMessage(Message message) {
        try {
            long entryId = Json.createReader(new StringReader(message.getBody(String.class))).readObject()
                    .getJsonNumber("entryId").longValue();
            delivery.deliver(entryId);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable outbound message", e);
        }
    }
}
