package io.threadline.channel.meta;

import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import io.threadline.channel.outbound.DeliveryReceipt;
import io.threadline.channel.outbound.MetaMessages;
import io.threadline.channel.outbound.ReadWatermark;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads one webhook delivery of Meta's platform, which may hold several entries and several messages each:
 * WhatsApp Cloud API {@code messages} changes ({@code object: whatsapp_business_account}), and Messenger
 * ({@code object: page}) and Instagram ({@code object: instagram}) {@code messaging} events. Customer messages
 * become canonical messages; WhatsApp {@code statuses}, Messenger {@code delivery}/{@code read} and Instagram
 * {@code read} events become reports on Threadline's replies, and so do echoes of the replies themselves; other echoes
 * of the business's own messages are passed over.
 */
@Dependent
public class MetaWebhookReader {

    private static final Logger LOG = Logger.getLogger(MetaWebhookReader.class.getName());

    private final InboundMessageReader reader;
    private final String graphUrl;

    @Inject
    public MetaWebhookReader(InboundMessageReader reader, MetaAccount account) {
        this.reader = reader;
        this.graphUrl = account.graphUrl();
    }

    /** What one delivery holds: customer messages, and reports on messages Threadline sent. */
    public record Delivery(List<InboundMessage> messages, List<DeliveryReceipt> receipts, List<ReadWatermark> watermarks) {
    }

    public Delivery read(byte[] body) {
        JsonObject payload;
        try {
            payload = Json.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw new InvalidInputException("body", "is not a JSON object");
        }
        String object = payload.getString("object", null);
        JsonArray entries = array(payload, "entry", "entry");
        Delivery delivery = new Delivery(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int e = 0; e < entries.size(); e++) {
            JsonObject entry = object(entries.get(e), "entry[" + e + "]");
            if ("whatsapp_business_account".equals(object)) {
                whatsApp(entry, "entry[" + e + "]", delivery);
            } else if ("page".equals(object) || "instagram".equals(object)) {
                messaging(entry, "entry[" + e + "]", "page".equals(object) ? Channel.FACEBOOK : Channel.INSTAGRAM, delivery);
            } else {
                throw new InvalidInputException("object", "'" + object + "' is not a supported webhook object "
                        + "(whatsapp_business_account, page, instagram)");
            }
        }
        return delivery;
    }

    private void whatsApp(JsonObject entry, String path, Delivery delivery) {
        JsonArray changes = array(entry, "changes", path + ".changes");
        for (int c = 0; c < changes.size(); c++) {
            JsonObject change = object(changes.get(c), path + ".changes[" + c + "]");
            if (!"messages".equals(change.getString("field", null)) || !change.containsKey("value")) {
                continue;
            }
            String at = path + ".changes[" + c + "].value";
            JsonObject value = object(change.get("value"), at);
            statuses(value, at, delivery.receipts());
            Map<String, String> names = new HashMap<>();
            for (JsonValue contact : value.getJsonArray("contacts") == null ? JsonValue.EMPTY_JSON_ARRAY : value.getJsonArray("contacts")) {
                JsonObject profile = contact.asJsonObject().getJsonObject("profile");
                if (profile != null && profile.containsKey("name")) {
                    names.put(contact.asJsonObject().getString("wa_id", ""), profile.getString("name"));
                }
            }
            JsonArray received = value.getJsonArray("messages");
            for (int m = 0; received != null && m < received.size(); m++) {
                JsonObject message = object(received.get(m), at + ".messages[" + m + "]");
                String from = message.getString("from", null);
                JsonObjectBuilder sender = Json.createObjectBuilder().add("handle", from == null ? "" : "+" + from);
                if (from != null && names.containsKey(from)) {
                    sender.add("name", names.get(from));
                }
                JsonObjectBuilder canonical = canonical("WHATSAPP", message.getString("id", null), sender,
                        message.getString("timestamp", null), false);
                String type = message.getString("type", "");
                JsonObject content = message.getJsonObject(type);
                if ("text".equals(type) && content != null) {
                    canonical.add("text", content.getString("body", ""));
                } else if (content != null && content.containsKey("id")) {
                    canonical.add("text", content.getString("caption", ""));
                    canonical.add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("name", type + "-" + content.getString("id"))
                            .add("contentType", content.getString("mime_type", "application/octet-stream"))
                            .add("url", graphUrl + "/" + content.getString("id"))));
                } else {
                    LOG.info("Passing over a WhatsApp message of type '" + type + "' (" + message.getString("id", "?") + ")");
                    continue;
                }
                JsonObject context = message.getJsonObject("context");
                if (context != null && context.containsKey("id")) {
                    canonical.add("inReplyTo", context.getString("id"));
                }
                delivery.messages().add(read(canonical, at + ".messages[" + m + "]"));
            }
        }
    }

    /** WhatsApp's reports on sent messages: {@code {id, status: sent|delivered|read|failed, errors: [...]}}. */
    private static void statuses(JsonObject value, String path, List<DeliveryReceipt> receipts) {
        JsonArray statuses = value.getJsonArray("statuses");
        for (int s = 0; statuses != null && s < statuses.size(); s++) {
            JsonObject status = object(statuses.get(s), path + ".statuses[" + s + "]");
            String id = status.getString("id", null);
            if (id == null || id.isBlank()) {
                throw new InvalidInputException(path + ".statuses[" + s + "].id", "is required");
            }
            Long reply = MetaMessages.replyOf(status.getString("biz_opaque_callback_data", null));
            switch (status.getString("status", "")) {
                case "sent" -> receipts.add(new DeliveryReceipt(Channel.WHATSAPP, id, DeliveryStatus.SENT, null, reply));
                case "delivered" -> receipts.add(new DeliveryReceipt(Channel.WHATSAPP, id, DeliveryStatus.DELIVERED, null, reply));
                case "read" -> receipts.add(new DeliveryReceipt(Channel.WHATSAPP, id, DeliveryStatus.READ, null, reply));
                case "failed" -> receipts.add(new DeliveryReceipt(Channel.WHATSAPP, id, DeliveryStatus.FAILED, failure(status), reply));
                default -> LOG.fine("Passing over WhatsApp status '" + status.getString("status", "") + "' of " + id);
            }
        }
    }

    /** WhatsApp's reason: {@code errors: [{code, title, message, error_data: {details}}]}. */
    private static String failure(JsonObject status) {
        JsonArray errors = status.getJsonArray("errors");
        if (errors == null || errors.isEmpty() || errors.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return "WhatsApp reported the message failed";
        }
        JsonObject error = errors.getJsonObject(0);
        JsonObject data = error.getJsonObject("error_data");
        String details = data == null ? null : data.getString("details", null);
        String text = details != null ? details : error.getString("message", error.getString("title", "failed"));
        return "WhatsApp reported the message failed: " + text
                + (error.containsKey("code") ? " (error " + error.get("code") + ")" : "");
    }

    private void messaging(JsonObject entry, String path, Channel channel, Delivery delivery) {
        JsonArray events = entry.getJsonArray("messaging");
        for (int i = 0; events != null && i < events.size(); i++) {
            String at = path + ".messaging[" + i + "]";
            JsonObject event = object(events.get(i), at);
            receipts(event, channel, delivery);
            JsonObject message = event.getJsonObject("message");
            if (message != null && message.getBoolean("is_echo", false)) {
                echo(message, channel, delivery);
                continue;
            }
            if (message == null) {
                continue;
            }
            JsonObject sender = event.getJsonObject("sender");
            JsonObjectBuilder from = Json.createObjectBuilder()
                    .add("handle", sender == null ? "" : sender.getString("id", ""));
            JsonObjectBuilder canonical = canonical(channel.name(), message.getString("mid", null), from,
                    event.containsKey("timestamp") ? event.getJsonNumber("timestamp").toString() : null, true);
            canonical.add("text", message.getString("text", ""));
            JsonArrayBuilder links = Json.createArrayBuilder();
            JsonArray attachments = message.getJsonArray("attachments");
            for (int a = 0; attachments != null && a < attachments.size(); a++) {
                JsonObject attachment = attachments.getJsonObject(a);
                JsonObject payload = attachment.getJsonObject("payload");
                if (payload != null && payload.containsKey("url")) {
                    links.add(Json.createObjectBuilder().add("name", attachment.getString("type", "file") + "-" + a)
                            .add("url", payload.getString("url")));
                }
            }
            canonical.add("attachments", links);
            JsonObject replyTo = message.getJsonObject("reply_to");
            if (replyTo != null && replyTo.containsKey("mid")) {
                canonical.add("inReplyTo", replyTo.getString("mid"));
            }
            delivery.messages().add(read(canonical, at));
        }
    }

    /**
     * The echo of a message the page sent: one of Threadline's replies when its {@code metadata} names it
     * ({@link MetaMessages#callbackData}), which confirms a reply whose answer from Meta was lost. Other echoes (the
     * page's inbox, other apps) are passed over.
     */
    private static void echo(JsonObject message, Channel channel, Delivery delivery) {
        Long reply = MetaMessages.replyOf(message.getString("metadata", null));
        String mid = message.getString("mid", null);
        if (reply != null && mid != null && !mid.isBlank()) {
            delivery.receipts().add(new DeliveryReceipt(channel, mid, DeliveryStatus.SENT, null, reply));
        }
    }

    /**
     * Messenger's {@code delivery: {mids}} and {@code read: {watermark}} (everything sent before it is read), and
     * Instagram's {@code read: {mid}}.
     */
    private static void receipts(JsonObject event, Channel channel, Delivery delivery) {
        JsonObject delivered = event.getJsonObject("delivery");
        JsonArray mids = delivered == null ? null : delivered.getJsonArray("mids");
        for (int m = 0; mids != null && m < mids.size(); m++) {
            delivery.receipts().add(new DeliveryReceipt(channel, mids.getString(m), DeliveryStatus.DELIVERED, null));
        }
        JsonObject read = event.getJsonObject("read");
        if (read == null) {
            return;
        }
        if (read.containsKey("mid")) {
            delivery.receipts().add(new DeliveryReceipt(channel, read.getString("mid"), DeliveryStatus.READ, null));
        } else if (read.get("watermark") instanceof JsonNumber watermark && event.getJsonObject("sender") != null) {
            delivery.watermarks().add(new ReadWatermark(channel, event.getJsonObject("sender").getString("id", ""),
                    Instant.ofEpochMilli(watermark.longValue())));
        }
    }

    /** The canonical message, validated; a refusal names the place in Meta's payload and the canonical field. */
    private InboundMessage read(JsonObjectBuilder canonical, String path) {
        try {
            return reader.read(canonical.build().toString());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path, e.getMessage());
        }
    }

    private static JsonObjectBuilder canonical(String channel, String id, JsonObjectBuilder from, String timestamp, boolean millis) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("channel", channel).add("from", from);
        if (id != null) {
            json.add("externalId", id);
        }
        if (timestamp != null) {
            try {
                long value = Long.parseLong(timestamp);
                json.add("sentAt", (millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value)).toString());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("timestamp", "'" + timestamp + "' is not a Unix time");
            }
        }
        return json;
    }

    private static JsonArray array(JsonObject json, String key, String path) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(path, "is required and must be an array");
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(path, "must be an object");
        }
        return value.asJsonObject();
    }
}
