package io.threadline.web.api.channels;

import io.threadline.channel.outbound.DeliveryReceipts;
import io.threadline.channel.twilio.TwilioAccount;
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
import java.util.Optional;

/**
 * Twilio's status callback for the SMS and WhatsApp replies Threadline sent (the {@code StatusCallback} the
 * connector passes when {@code crm.channels.twilio.status-callback-url} is set): signed like the inbound webhook,
 * answered 204 once the reply's status is updated.
 */
@Path("/channels/twilio/status")
@PermitAll
public class TwilioStatusResource {


    @Inject
    TwilioAccount account;

    @Inject
    TwilioRequests requests;

    @EJB
    DeliveryReceipts receipts;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature,
                           @Context UriInfo uri) {
        Optional<Response> refusal = requests.refusal(account.statusCallbackUrl().orElse(uri.getRequestUri().toString()),
                form, signature);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        TwilioStatusReport.read(form).ifPresent(receipt -> receipts.apply(List.of(receipt)));
        return Response.noContent().build();
    }
}
