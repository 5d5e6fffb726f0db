package io.threadline.channel.twilio;

import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import io.threadline.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;

/**
 * Turns Twilio's inbound message webhook (SMS, MMS and WhatsApp, form-encoded) into the canonical inbound
 * message. A WhatsApp sender arrives as {@code whatsapp:+E164} and lands on the same PHONE identity as SMS.
 */
@Dependent
public class TwilioInbound {

    static final int MAX_MEDIA = 10;

    private final InboundMessageReader reader;

    @Inject
    public TwilioInbound(InboundMessageReader reader) {
        this.reader = reader;
    }

    public InboundMessage read(Map<String, List<String>> form) {
        String from = required(form, "From");
        JsonObjectBuilder sender = Json.createObjectBuilder().add("handle", from);
        String profileName = first(form, "ProfileName");
        if (profileName != null && !profileName.isBlank()) {
            sender.add("name", profileName);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("channel", from.regionMatches(true, 0, "whatsapp:", 0, 9) ? "WHATSAPP" : "SMS")
                .add("externalId", required(form, "MessageSid"))
                .add("from", sender)
                .add("text", first(form, "Body") == null ? "" : first(form, "Body"))
                .add("attachments", media(form));
        return reader.read(json.build().toString());
    }

    private static JsonArrayBuilder media(Map<String, List<String>> form) {
        int count;
        try {
            count = Integer.parseInt(first(form, "NumMedia") == null ? "0" : first(form, "NumMedia").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("NumMedia", "must be a number");
        }
        if (count < 0 || count > MAX_MEDIA) {
            throw new InvalidInputException("NumMedia", "must be between 0 and " + MAX_MEDIA);
        }
        JsonArrayBuilder media = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("url", required(form, "MediaUrl" + i))
                    .add("name", "media-" + i);
            String type = first(form, "MediaContentType" + i);
            if (type != null) {
                item.add("contentType", type);
            }
            media.add(item);
        }
        return media;
    }

    static String required(Map<String, List<String>> form, String name) {
        String value = first(form, name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
