package io.threadline.automation;

import io.threadline.channel.outbound.DeliveryResult;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationView;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.TimelineEntry;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Webhook actions: {@link #enqueue} stores the signed POST and queues it on {@code jms/crm/WebhookQueue} in the rule's
 * transaction; {@link #deliver}, after commit, sends it through {@link WebhookClient} and keeps the outcome. A failed
 * delivery is said on the conversation's timeline.
 */
@Stateless
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/crm/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/crm/WebhookQueue")
    private Queue queue;

    @Inject
    private WebhookClient client;

    public void enqueue(AutomationRun run, AutomationAction.Webhook webhook) {
        JsonObject data = Json.createObjectBuilder()
                .add("rule", run.rule().name())
                .add("event", run.event().data())
                .add("conversation", Json.createReader(new StringReader(
                        JSONB.toJson(ConversationView.of(run.conversation())))).readObject())
                .build();
        String body = run.event().envelopeWith(data);
        WebhookDelivery delivery = new WebhookDelivery(run.conversation().getId(), run.rule().name(),
                webhook.url().toString(), run.event().type().json(), body, WebhookSignature.of(body, webhook.secret()));
        em.persist(delivery);
        em.flush();
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(queue, Json.createObjectBuilder().add("deliveryId", delivery.getId()).build().toString());
    }

    public void deliver(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isPending()) {
            return;
        }
        DeliveryResult result = client.post(URI.create(delivery.getUrl()), delivery.getEventType(), delivery.getBody(),
                delivery.getSignature());
        if (result.status() != DeliveryStatus.FAILED) {
            delivery.delivered("delivered");
            return;
        }
        delivery.failed(result.reason());
        LOG.warning(() -> "Webhook " + deliveryId + " of rule '" + delivery.getRule() + "' was not delivered: " + result.reason());
        Conversation conversation = em.find(Conversation.class, delivery.getConversationId());
        if (conversation != null) {
            em.persist(TimelineEntry.system(conversation, AutomationEngine.AUTHOR, "The webhook of rule '" + delivery.getRule()
                    + "' to " + delivery.getUrl() + " failed: " + result.reason(), Instant.now()));
        }
    }
}
