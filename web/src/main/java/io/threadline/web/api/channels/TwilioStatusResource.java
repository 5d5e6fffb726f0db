package io.threadline.web.api.channels;

import io.threadline.channel.outbound.DeliveryReceipts;
import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.channel.twilio.TwilioSignature;
import io.threadline.channel.twilio.TwilioStatusReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.logging.Logger;

/**
 * Twilio's status callback for the SMS and WhatsApp replies Threadline sent (the {@code StatusCallback} the
 * connector passes when {@code crm.channels.twilio.status-callback-url} is set): signed like the inbound webhook,
 * answered 204 once the reply's status is updated.
 */
@Path("/channels/twilio/status")
@PermitAll
public class TwilioStatusResource {

    private static final Logger LOG = Logger.getLogger(TwilioStatusResource.class.getName());

    @Inject
    TwilioAccount account;

    @EJB
    DeliveryReceipts receipts;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature,
                           @Context UriInfo uri) {
        if (account.authToken().isEmpty()) {
            return WebhookAnswers.notConfigured("Twilio", "crm.channels.twilio.auth-token");
        }
        String url = account.statusCallbackUrl().orElse(uri.getRequestUri().toString());
        if (!new TwilioSignature(account.authToken().get()).verify(url, form, signature)) {
            LOG.warning("Refused a Twilio status callback with a missing or invalid signature for " + url);
            return WebhookAnswers.signatureFailed();
        }
        TwilioStatusReport.read(form).ifPresent(receipt -> receipts.apply(List.of(receipt)));
        return Response.noContent().build();
    }
}
