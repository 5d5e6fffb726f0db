package io.threadline.web.api.channels;

import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessage;
import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.channel.twilio.TwilioInbound;
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

import java.util.Optional;

/**
 * Twilio's inbound message webhook for SMS and WhatsApp, as Twilio sends it. The request must carry a valid
 * {@code X-Twilio-Signature}; Twilio gets its 200 (an empty TwiML response) only once the message is queued.
 */
@Path("/channels/twilio/sms")
@PermitAll
public class TwilioWebhookResource {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    TwilioAccount account;

    @Inject
    TwilioRequests requests;

    @Inject
    TwilioInbound twilio;

    @EJB
    InboundGateway gateway;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response receive(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature,
                            @Context UriInfo uri) {
        Optional<Response> refusal = requests.refusal(account.webhookUrl().orElse(uri.getRequestUri().toString()), form, signature);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        InboundMessage message = twilio.read(form);
        gateway.submit(message, "twilio");
        return Response.ok(EMPTY_TWIML, MediaType.TEXT_XML_TYPE).build();
    }
}
