package io.threadline.channel.calls;

import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import io.threadline.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a telephony system's call event ({@code started}, {@code ended}, {@code missed}, {@code transcript};
 * see docs/channels.md) into a canonical PHONE message keyed by the call id, so that every event of one call
 * fills in the same timeline entry. The customer's number is the caller of an inbound call and the callee of
 * an outbound one.
 */
@Dependent
public class CallEventReader {

    private static final Map<String, String> STATUS = Map.of("started", "STARTED", "ended", "ENDED", "missed", "MISSED");
    private static final Set<String> FIELDS = Set.of("callId", "event", "direction", "from", "to", "occurredAt",
            "durationSeconds", "recordingUrl", "transcript", "callerName");

    /** Canonical field names as the call event calls them, so that errors name what the caller sent. */
    private static final Map<String, String> CANONICAL_TO_EVENT = Map.of("externalId", "callId", "sentAt", "occurredAt",
            "text", "transcript", "call.durationSeconds", "durationSeconds", "call.recordingUrl", "recordingUrl",
            "from.name", "callerName");

    private final InboundMessageReader reader;

    @Inject
    public CallEventReader(InboundMessageReader reader) {
        this.reader = reader;
    }

    public InboundMessage read(String body) {
        JsonObject event;
        try {
            event = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw new InvalidInputException("body", "is not a JSON object");
        }
        for (String key : event.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidInputException(key, "is not a field of a call event (expected " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String kind = text(event, "event");
        if (kind == null || !(STATUS.containsKey(kind.toLowerCase(Locale.ROOT)) || "transcript".equalsIgnoreCase(kind))) {
            throw new InvalidInputException("event", "must be one of started, ended, missed, transcript");
        }
        String direction = text(event, "direction") == null ? "inbound" : text(event, "direction").toLowerCase(Locale.ROOT);
        if (!direction.equals("inbound") && !direction.equals("outbound")) {
            throw new InvalidInputException("direction", "must be inbound or outbound");
        }
        String customerNumber = direction.equals("inbound") ? text(event, "from") : text(event, "to");
        String field = direction.equals("inbound") ? "from" : "to";
        if (customerNumber == null) {
            throw new InvalidInputException(field, "is required: the customer's number of an " + direction + " call");
        }

        JsonObjectBuilder call = Json.createObjectBuilder().add("direction", direction.toUpperCase(Locale.ROOT));
        String status = STATUS.get(kind.toLowerCase(Locale.ROOT));
        if (status != null) {
            call.add("status", status);
        }
        copy(event, "durationSeconds", call, "durationSeconds");
        copy(event, "recordingUrl", call, "recordingUrl");
        JsonObjectBuilder from = Json.createObjectBuilder().add("handle", customerNumber);
        if (text(event, "callerName") != null && direction.equals("inbound")) {
            from.add("name", text(event, "callerName"));
        }
        JsonObjectBuilder canonical = Json.createObjectBuilder().add("channel", "PHONE").add("from", from).add("call", call)
                .add("text", text(event, "transcript") == null ? "" : text(event, "transcript"));
        if (text(event, "callId") == null) {
            throw new InvalidInputException("callId", "is required");
        }
        copy(event, "callId", canonical, "externalId");
        copy(event, "occurredAt", canonical, "sentAt");
        try {
            return reader.read(canonical.build().toString());
        } catch (InvalidInputException e) {
            String name = e.field().equals("from.handle") ? field : CANONICAL_TO_EVENT.getOrDefault(e.field(), e.field());
            throw new InvalidInputException(name, e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static void copy(JsonObject from, String key, JsonObjectBuilder to, String as) {
        JsonValue value = from.get(key);
        if (value != null && value != JsonValue.NULL) {
            to.add(as, value);
        }
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(key, "must be a string");
        }
        String s = json.getString(key);
        return s.isBlank() ? null : s;
    }
}
