package io.threadline.channel;

import io.threadline.conversation.CallDetails;
import io.threadline.conversation.Direction;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates the canonical inbound message, whether it came over HTTP or on the JMS queue.
 * Every refusal names the field at fault.
 */
@Dependent
public class InboundMessageReader {

    static final int MAX_ID = 255;
    static final int MAX_NAME = 200;
    static final int MAX_SUBJECT = 500;
    static final int MAX_TEXT = 100_000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_REFERENCES = 100;
    static final int MAX_ORIGINAL = 1_000_000;
    private static final Set<String> FIELDS = Set.of("channel", "externalId", "from", "subject", "text", "sentAt",
            "attachments", "inReplyTo", "references", "original", "call");

    private final IdentityNormalizer normalizer;

    @Inject
    public InboundMessageReader(IdentityNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public InboundMessage read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "is empty; expected a JSON object");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "must be a JSON object, not " + value.getValueType().name().toLowerCase());
            }
            json = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not valid JSON (" + e.getMessage() + ")");
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        for (String key : json.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidInputException(key, "is not a field of the inbound message (expected " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }

        Channel channel = Channel.parse("channel", string(json, "channel", false, 50));
        String externalId = string(json, "externalId", true, MAX_ID);
        JsonObject from = object(json, "from");
        String handle = string(from, "from.handle", "handle", true, 320);
        String name = string(from, "from.name", "name", false, MAX_NAME);
        IdentityKey sender = normalizer.forChannel(channel, handle, "from.handle");
        String subject = string(json, "subject", false, MAX_SUBJECT);
        String text = string(json, "text", false, MAX_TEXT);
        Instant sentAt = instant(json, "sentAt");
        List<InboundMessage.Link> attachments = attachments(json);
        String inReplyTo = string(json, "inReplyTo", false, MAX_ID);
        List<String> references = references(json);
        InboundMessage.Original original = original(json);
        CallDetails call = call(json, channel);
        if ((text == null || text.isBlank()) && attachments.isEmpty() && call == null) {
            throw new InvalidInputException("text", "must not be empty when the message has no attachments");
        }
        return new InboundMessage(channel, externalId, handle.trim(), name, sender, subject,
                text == null ? "" : text, sentAt, attachments, inReplyTo, references, original, call);
    }

    private static List<String> references(JsonObject json) {
        JsonValue value = json.get("references");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("references", "must be an array of message ids");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > MAX_REFERENCES) {
            throw new InvalidInputException("references", "has more than " + MAX_REFERENCES + " entries");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString id) || id.getString().isBlank() || id.getString().length() > MAX_ID) {
                throw new InvalidInputException("references[" + i + "]", "must be a message id of 1 to " + MAX_ID + " characters");
            }
            ids.add(id.getString());
        }
        return List.copyOf(ids);
    }

    private static InboundMessage.Original original(JsonObject json) {
        JsonValue value = json.get("original");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("original", "must be an object like {\"text\": \"...\", \"html\": \"...\"}");
        }
        JsonObject original = value.asJsonObject();
        for (String key : original.keySet()) {
            if (!Set.of("text", "html").contains(key)) {
                throw new InvalidInputException("original." + key, "is not a field of original (text, html)");
            }
        }
        return new InboundMessage.Original(string(original, "original.text", "text", false, MAX_ORIGINAL),
                string(original, "original.html", "html", false, MAX_ORIGINAL));
    }

    private static CallDetails call(JsonObject json, Channel channel) {
        JsonValue value = json.get("call");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (channel != Channel.PHONE) {
            throw new InvalidInputException("call", "is only for the PHONE channel");
        }
        JsonObject call = object(json, "call");
        for (String key : call.keySet()) {
            if (!Set.of("status", "direction", "durationSeconds", "recordingUrl").contains(key)) {
                throw new InvalidInputException("call." + key, "is not a field of a call (status, direction, durationSeconds, recordingUrl)");
            }
        }
        String status = string(call, "call.status", "status", false, 20);
        String direction = string(call, "call.direction", "direction", false, 20);
        JsonValue duration = call.get("durationSeconds");
        Integer seconds = null;
        if (duration != null && duration != JsonValue.NULL) {
            if (!(duration instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0 || number.longValue() > 86_400) {
                throw new InvalidInputException("call.durationSeconds", "must be a whole number of seconds from 0 to 86400");
            }
            seconds = number.intValue();
        }
        String recording = string(call, "call.recordingUrl", "recordingUrl", false, 2000);
        if (recording != null) {
            requireHttpUrl(recording, "call.recordingUrl");
        }
        Direction way = direction == null ? Direction.INBOUND : oneOf(Direction.class, direction, "call.direction");
        if (way == Direction.INTERNAL) {
            throw new InvalidInputException("call.direction", "must be INBOUND or OUTBOUND");
        }
        return new CallDetails(status == null ? null : oneOf(CallDetails.CallStatus.class, status, "call.status"),
                way, seconds, recording);
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static JsonObject object(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(field, "must be an object like {\"handle\": \"...\", \"name\": \"...\"}");
        }
        return value.asJsonObject();
    }

    private static String string(JsonObject json, String field, boolean required, int maxLength) {
        return string(json, field, field, required, maxLength);
    }

    private static String string(JsonObject json, String path, String key, boolean required, int maxLength) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw new InvalidInputException(path, "is required");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(path, "must be a string");
        }
        String s = ((JsonString) value).getString();
        if (required && s.isBlank()) {
            throw new InvalidInputException(path, "must not be empty");
        }
        if (s.length() > maxLength) {
            throw new InvalidInputException(path, "is longer than " + maxLength + " characters");
        }
        return s;
    }

    private static Instant instant(JsonObject json, String field) {
        String value = string(json, field, false, 64);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not an ISO-8601 UTC timestamp like 2026-11-23T09:15:00Z");
        }
    }

    private static List<InboundMessage.Link> attachments(JsonObject json) {
        JsonValue value = json.get("attachments");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("attachments", "must be an array");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachments", "has more than " + MAX_ATTACHMENTS + " entries");
        }
        List<InboundMessage.Link> links = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "attachments[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(path, "must be an object with name, contentType and url");
            }
            JsonObject a = array.getJsonObject(i);
            for (String key : a.keySet()) {
                if (!Set.of("name", "contentType", "url", "contentId", "size", "omitted").contains(key)) {
                    throw new InvalidInputException(path + "." + key,
                            "is not a field of an attachment (name, contentType, url, contentId, size, omitted)");
                }
            }
            String url = string(a, path + ".url", "url", false, 2000);
            Long contentId = number(a, path + ".contentId", "contentId");
            String omitted = string(a, path + ".omitted", "omitted", false, 300);
            if ((url == null ? 0 : 1) + (contentId == null ? 0 : 1) + (omitted == null ? 0 : 1) != 1) {
                throw new InvalidInputException(path, "needs exactly one of url (where the file is), contentId (a stored "
                        + "attachment) or omitted (why the file was not kept)");
            }
            if (url != null) {
                requireHttpUrl(url, path + ".url");
            }
            links.add(new InboundMessage.Link(string(a, path + ".name", "name", false, 255),
                    string(a, path + ".contentType", "contentType", false, 100), url, contentId,
                    number(a, path + ".size", "size"), omitted));
        }
        return List.copyOf(links);
    }

    private static Long number(JsonObject json, String path, String key) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
            throw new InvalidInputException(path, "must be a whole number, 0 or more");
        }
        return number.longValue();
    }

    private static void requireHttpUrl(String url, String field) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInputException(field, "must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "'" + url + "' is not a valid URL");
        }
    }
}
