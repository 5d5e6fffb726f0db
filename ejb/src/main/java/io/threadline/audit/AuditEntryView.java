package io.threadline.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;

/** An audit entry as pages and the API show it; {@code before} and {@code after} are JSON text or null. */
public record AuditEntryView(long id, Instant at, String actor, String action, String kind, String name,
                             String before, String after) {

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("at", at.toString()).add("actor", actor)
                .add("action", action).add("kind", kind).add("name", name);
        json.add("before", parsed(before));
        json.add("after", parsed(after));
        return json.build();
    }

    private static JsonValue parsed(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
