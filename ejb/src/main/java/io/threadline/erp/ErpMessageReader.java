package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.Set;

/** Reads the envelope of an ERP message strictly; each type's data is read by its own record. */
public final class ErpMessageReader {

    static final int MAX_ID_LENGTH = 200;
    private static final Set<String> ENVELOPE = Set.of("type", "id", "occurredAt", "version", "data");

    private ErpMessageReader() {
    }

    public static ErpMessage read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("body", "is empty; expected {\"type\", \"id\", \"occurredAt\", \"data\"}");
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not valid JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "must be a JSON object: " + e.getMessage());
        }
        JsonFields fields = JsonFields.of(object, "", ENVELOPE);
        ErpMessageType type = ErpMessageType.parse("type", fields.requiredString("type"));
        String id = fields.requiredString("id");
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("id", "is " + id.length() + " characters long; at most " + MAX_ID_LENGTH);
        }
        if (!(fields.value("data") instanceof JsonObject data)) {
            throw new InvalidInputException("data", fields.has("data") ? "must be a JSON object" : "is required");
        }
        return new ErpMessage(type, id, fields.requiredInstant("occurredAt"),
                fields.optionalLong("version", 0, Long.MAX_VALUE), data);
    }
}
