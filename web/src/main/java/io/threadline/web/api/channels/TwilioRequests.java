package io.threadline.web.api.channels;

import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.channel.twilio.TwilioSignature;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.logging.Logger;

/** Checks that a request to one of Twilio's webhooks comes from Twilio: signed with the auth token over the URL it called. */
@Dependent
class TwilioRequests {

    private static final Logger LOG = Logger.getLogger(TwilioRequests.class.getName());

    @Inject
    TwilioAccount account;

    /**
     * The answer refusing the request, or empty when it is genuine. {@code url} is the URL Twilio was given for this
     * webhook (the one it signs).
     */
    Optional<Response> refusal(String url, MultivaluedMap<String, String> form, String signature) {
        if (account.authToken().isEmpty()) {
            return Optional.of(WebhookAnswers.notConfigured("Twilio", "crm.channels.twilio.auth-token"));
        }
        if (!new TwilioSignature(account.authToken().get()).verify(url, form, signature)) {
            LOG.warning("Refused a Twilio request with a missing or invalid signature for " + url);
            return Optional.of(WebhookAnswers.signatureFailed());
        }
        return Optional.empty();
    }
}
