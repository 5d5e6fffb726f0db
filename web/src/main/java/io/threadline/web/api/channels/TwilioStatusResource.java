package io.threadline.web.api.channels;

import io.threadline.channel.outbound.DeliveryReceipts;
import io.threadline.channel.outbound.TwilioMessages;
import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.channel.twilio.TwilioStatusReport;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Optional;

/**
 * Twilio's status callback for the SMS and WhatsApp replies Threadline sent (the {@code StatusCallback} the
 * connector passes when {@code crm.channels.twilio.status-callback-url} is set, with {@code ?reply=<entry id>}
 * added): signed like the inbound webhook, over the URL with that parameter, answered 204 once the reply's status is
 * updated.
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
                           @QueryParam("reply") String reply, @Context UriInfo uri) {
        Long replyId = replyId(reply);
        String signedUrl = account.statusCallbackUrl()
                .map(url -> replyId == null ? url : TwilioMessages.statusCallbackFor(url, replyId))
                .orElse(uri.getRequestUri().toString());
        Optional<Response> refusal = requests.refusal(signedUrl, form, signature);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        TwilioStatusReport.read(form, replyId).ifPresent(receipt -> receipts.apply(List.of(receipt)));
        return Response.noContent().build();
    }

    /** The reply the callback URL names ({@link TwilioMessages#statusCallbackFor}), or null for one without. */
    private static Long replyId(String reply) {
        if (reply == null) {
            return null;
        }
        try {
            return Long.valueOf(reply);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("reply", "'" + reply + "' is not a reply id");
        }
    }
}
