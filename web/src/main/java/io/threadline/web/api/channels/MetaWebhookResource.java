package io.threadline.web.api.channels;

import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessage;
import io.threadline.channel.outbound.DeliveryReceipts;
import io.threadline.channel.meta.MetaAccount;
import io.threadline.channel.meta.MetaSignature;
import io.threadline.channel.meta.MetaWebhookReader;
import io.threadline.web.api.ApiError;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.logging.Logger;

/**
 * Meta's webhook for WhatsApp Cloud API, Messenger and Instagram. GET answers the subscription handshake;
 * POST checks {@code X-Hub-Signature-256} over the raw body before reading it, applies the delivery's reports on
 * Threadline's replies, queues every customer message, and answers 200 only once all of that is done (Meta retries
 * the whole delivery otherwise).
 */
@Path("/channels/meta")
@PermitAll
public class MetaWebhookResource {

    private static final Logger LOG = Logger.getLogger(MetaWebhookResource.class.getName());

    @Inject
    MetaAccount account;

    @Inject
    MetaWebhookReader meta;

    @EJB
    InboundGateway gateway;

    @EJB
    DeliveryReceipts receipts;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        if (account.verifyToken().isEmpty()) {
            return WebhookAnswers.notConfigured("Meta", "crm.channels.meta.verify-token");
        }
        boolean matches = token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                account.verifyToken().get().getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", null, "Subscription verification failed");
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN_TYPE).build();
    }

    @POST
    public Response receive(byte[] body, @HeaderParam("X-Hub-Signature-256") String signature) {
        if (account.appSecret().isEmpty()) {
            return WebhookAnswers.notConfigured("Meta", "crm.channels.meta.app-secret");
        }
        if (!new MetaSignature(account.appSecret().get()).verify(body, signature)) {
            LOG.warning("Refused a Meta webhook delivery with a missing or invalid signature");
            return WebhookAnswers.signatureFailed();
        }
        MetaWebhookReader.Delivery delivery = meta.read(body);
        receipts.apply(delivery.receipts());
        delivery.watermarks().forEach(receipts::apply);
        for (InboundMessage message : delivery.messages()) {
            gateway.submit(message, "meta");
        }
        return Response.ok().build();
    }
}
