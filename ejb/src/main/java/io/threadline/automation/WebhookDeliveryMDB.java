package io.threadline.automation;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;

import java.io.StringReader;

/** Consumes {@code jms/crm/WebhookQueue}: each message names a pending webhook delivery. */
@MessageDriven(name = "WebhookDeliveryMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/crm/WebhookQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class WebhookDeliveryMDB implements MessageListener {

    @EJB
    private WebhookDeliveries deliveries;

    @Override
    public void onMessage(Message message) {
        try {
            deliveries.deliver(Json.createReader(new StringReader(message.getBody(String.class))).readObject()
                    .getJsonNumber("deliveryId").longValue());
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable webhook message", e);
        }
    }
}
