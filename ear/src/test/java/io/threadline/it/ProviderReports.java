package io.threadline.it;

import io.threadline.channel.meta.MetaSignature;
import io.threadline.channel.twilio.TwilioSignature;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Providers' reports on the replies Threadline sent, signed and shaped as the providers send them: Twilio's status
 * callback (to the URL the test server asks for, crm.channels.twilio.status-callback-url) and Meta's webhook.
 */
final class ProviderReports {

    static final String TWILIO_STATUS = "/api/v1/channels/twilio/status";
    /** The public URL the test server asks Twilio to call back (crm.channels.twilio.status-callback-url). */
    static final String TWILIO_STATUS_URL = "https://crm.example.com" + TWILIO_STATUS;
    private static final TwilioSignature TWILIO = new TwilioSignature("it-twilio-auth-token");
    private static final MetaSignature META = new MetaSignature("it-meta-app-secret");

    private final Api anonymous;

    ProviderReports(URL base) {
        anonymous = Api.as(base, null);
    }

    /** Twilio's status callback for a message, to the configured URL. */
    Api.Reply twilioStatus(String sid, String status, String errorCode, String to) {
        return twilioStatusAt("", twilioForm(sid, status, errorCode, to));
    }

    /** Twilio's status callback to the URL the connector gave for one reply ({@code ?reply=<entry id>}). */
    Api.Reply twilioStatusOfReply(long reply, String sid, String status, String to) {
        return twilioStatusAt("?reply=" + reply, twilioForm(sid, status, null, to));
    }

    private Api.Reply twilioStatusAt(String query, Map<String, String> form) {
        return anonymous.postForm(TWILIO_STATUS + query, form,
                Map.of("X-Twilio-Signature", twilioSignature(TWILIO_STATUS_URL + query, form)));
    }

    static String twilioSignature(String url, Map<String, String> form) {
        return TWILIO.sign(url, form.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    /** Twilio's status callback parameters. */
    static Map<String, String> twilioForm(String sid, String status, String errorCode, String to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", "AC0it");
        form.put("From", "+14155550199");
        form.put("To", to);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    /** A WhatsApp Cloud API webhook with the statuses given (JSON objects, comma-separated). */
    static String whatsAppStatuses(String statuses) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "statuses": [%s]}}]}]}
                """.formatted(statuses);
    }

    /** Meta's webhook delivery, signed with the app secret. */
    Api.Reply meta(String json) {
        return anonymous.postJson("/api/v1/channels/meta", json,
                Map.of("X-Hub-Signature-256", META.sign(json.getBytes(StandardCharsets.UTF_8))));
    }
}
