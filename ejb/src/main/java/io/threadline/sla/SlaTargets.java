package io.threadline.sla;

import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The business-time targets of an SLA policy, each null if the policy sets none, and the share of a target
 * after which a warning fires ({@code warnAt}, strictly between 0 and 1).
 */
public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution, double warnAt) {

    public static final double DEFAULT_WARN_AT = 0.8;

    public SlaTargets {
        requirePositive(SlaTarget.FIRST_RESPONSE, firstResponse);
        requirePositive(SlaTarget.NEXT_RESPONSE, nextResponse);
        requirePositive(SlaTarget.RESOLUTION, resolution);
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new InvalidInputException("warnAt", warnAt + " must lie between 0 and 1, such as 0.8");
        }
    }

    /**
     * Reads a policy's {@code targets}, such as {@code {"firstResponse": "PT1H", "resolution": "P2D"}}, with the
     * default {@code warnAt}. {@code P2D} means 48 hours of business time, not two business days.
     */
    public static SlaTargets parse(JsonObject targets) {
        Map<SlaTarget, Duration> durations = new EnumMap<>(SlaTarget.class);
        for (Map.Entry<String, JsonValue> entry : targets.entrySet()) {
            SlaTarget target = target(entry.getKey());
            durations.put(target, duration(field(target), entry.getValue()));
        }
        if (durations.isEmpty()) {
            throw new InvalidInputException("targets", "must set at least one of firstResponse, nextResponse, resolution");
        }
        return new SlaTargets(durations.get(SlaTarget.FIRST_RESPONSE), durations.get(SlaTarget.NEXT_RESPONSE),
                durations.get(SlaTarget.RESOLUTION), DEFAULT_WARN_AT);
    }

    public SlaTargets withWarnAt(double share) {
        return new SlaTargets(firstResponse, nextResponse, resolution, share);
    }

    /** The business time after which the warning of {@code target} fires. */
    Duration warning(Duration target) {
        return Duration.ofMillis(Math.round(target.toMillis() * warnAt));
    }

    private static SlaTarget target(String key) {
        return Arrays.stream(SlaTarget.values()).filter(target -> target.field().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("targets." + key,
                        "is not a target (firstResponse, nextResponse, resolution)"));
    }

    private static Duration duration(String field, JsonValue value) {
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException(field, "must be an ISO-8601 duration such as PT1H or P2D");
        }
        try {
            return Duration.parse(text.getString());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text.getString() + "' is not an ISO-8601 duration such as PT1H or P2D");
        }
    }

    private static void requirePositive(SlaTarget target, Duration duration) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new InvalidInputException(field(target), duration + " must be longer than zero");
        }
    }

    private static String field(SlaTarget target) {
        return "targets." + target.field();
    }
}
