package io.threadline.channel.twilio;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The Twilio account Threadline uses, both for verifying webhooks and for sending replies (crm.channels.twilio.*). */
@Dependent
public class TwilioAccount {

    @Inject
    @ConfigProperty(name = "crm.channels.twilio.account-sid")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "crm.channels.twilio.auth-token")
    Optional<String> authToken;

    /** The number replies are sent from (a WhatsApp-enabled sender for WhatsApp), in E.164. */
    @Inject
    @ConfigProperty(name = "crm.channels.twilio.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "crm.channels.twilio.api-url", defaultValue = "https://api.twilio.com")
    String apiUrl;

    /** The URL registered at Twilio, when a proxy between Twilio and Threadline changes it. */
    @Inject
    @ConfigProperty(name = "crm.channels.twilio.webhook-url")
    Optional<String> webhookUrl;

    /** Where Twilio reports the progress of the messages Threadline sends (our status webhook's public URL). */
    @Inject
    @ConfigProperty(name = "crm.channels.twilio.status-callback-url")
    Optional<String> statusCallbackUrl;

    public Optional<String> statusCallbackUrl() {
        return statusCallbackUrl;
    }

    public Optional<String> accountSid() {
        return accountSid;
    }

    public Optional<String> authToken() {
        return authToken;
    }

    public Optional<String> from() {
        return from;
    }

    public String apiUrl() {
        return apiUrl.replaceAll("/+$", "");
    }

    public Optional<String> webhookUrl() {
        return webhookUrl;
    }
}
