package io.threadline.sla;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.Set;

/** {@code {"firstResponse", "nextResponse", "resolution"}}: ISO-8601 durations, each optional (null), at least one given. */
public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution) {

    private static final Set<String> KEYS = Set.of("firstResponse", "nextResponse", "resolution");

    static SlaTargets parse(JsonValue json, String path) {
        if (json == null) {
            throw new InvalidInputException(path, "is required (at least one of firstResponse, nextResponse, resolution)");
        }
        JsonFields targets = JsonFields.of(json, path, KEYS);
        SlaTargets parsed = new SlaTargets(targets.optionalDuration("firstResponse"), targets.optionalDuration("nextResponse"),
                targets.optionalDuration("resolution"));
        if (parsed.firstResponse == null && parsed.nextResponse == null && parsed.resolution == null) {
            throw new InvalidInputException(path, "needs at least one target: firstResponse, nextResponse or resolution");
        }
        return parsed;
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "firstResponse", firstResponse);
        add(json, "nextResponse", nextResponse);
        add(json, "resolution", resolution);
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String key, Duration target) {
        if (target != null) {
            json.add(key, JsonFields.format(target));
        }
    }
}
