package io.threadline.sla;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.Set;

/**
 * The business-time targets of an SLA policy ({@code {"firstResponse", "nextResponse", "resolution"}}: ISO-8601
 * durations, each optional, at least one given), and the share of a target after which a warning fires
 * ({@code warnAt}, strictly between 0 and 1). {@code P2D} means 48 hours of business time, not two business days.
 */
public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution, double warnAt) {

    public static final double DEFAULT_WARN_AT = 0.8;
    private static final Set<String> KEYS = Set.of("firstResponse", "nextResponse", "resolution");

    public SlaTargets {
        requirePositive(SlaTarget.FIRST_RESPONSE, firstResponse);
        requirePositive(SlaTarget.NEXT_RESPONSE, nextResponse);
        requirePositive(SlaTarget.RESOLUTION, resolution);
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new InvalidInputException("warnAt", warnAt + " is not between 0 and 1 (exclusive), e.g. 0.8 for 80% of a target");
        }
    }

    /** Reads a policy's {@code targets} with the default {@code warnAt}. */
    public static SlaTargets parse(JsonObject targets) {
        return parse(targets, "targets");
    }

    static SlaTargets parse(JsonValue json, String path) {
        if (json == null) {
            throw new InvalidInputException(path, "is required (at least one of firstResponse, nextResponse, resolution)");
        }
        JsonFields targets = JsonFields.of(json, path, KEYS);
        if (KEYS.stream().noneMatch(targets::has)) {
            throw new InvalidInputException(path, "must set at least one of firstResponse, nextResponse, resolution");
        }
        return new SlaTargets(targets.optionalDuration("firstResponse"), targets.optionalDuration("nextResponse"),
                targets.optionalDuration("resolution"), DEFAULT_WARN_AT);
    }

    public SlaTargets withWarnAt(double share) {
        return new SlaTargets(firstResponse, nextResponse, resolution, share);
    }

    /** The business time after which the warning of {@code target} fires. */
    Duration warning(Duration target) {
        return Duration.ofMillis(Math.round(target.toMillis() * warnAt));
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

    private static void requirePositive(SlaTarget target, Duration duration) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new InvalidInputException("targets." + target.field(), duration + " must be longer than zero");
        }
    }
}
