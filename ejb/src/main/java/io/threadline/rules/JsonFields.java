package io.threadline.rules;

import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one JSON object of a definition strictly: only the allowed keys, each of the expected type and range. Every
 * refusal is an {@link InvalidInputException} naming the JSON path of the field ({@code then.priority},
 * {@code do[2].action}). An absent key and a JSON {@code null} both count as "not given".
 */
public final class JsonFields {

    public static final int MAX_NAME_LENGTH = 100;

    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The object at {@code path}; 400 when it is not an object or has a key outside {@code allowedKeys}. */
    public static JsonFields of(JsonValue value, String path, Set<String> allowedKeys) {
        if (!(value instanceof JsonObject object)) {
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "must be a JSON object");
        }
        JsonFields fields = new JsonFields(object, path);
        for (String key : object.keySet()) {
            if (!allowedKeys.contains(key)) {
                throw new InvalidInputException(fields.path(key),
                        "unknown key '" + key + "'; allowed: " + String.join(", ", new TreeSet<>(allowedKeys)));
            }
        }
        return fields;
    }

    /** The path of one element of the array at {@code arrayPath}. */
    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return value(key) != null;
    }

    /** The raw value, null when absent or JSON null. */
    public JsonValue value(String key) {
        JsonValue value = object.get(key);
        return value == JsonValue.NULL ? null : value;
    }

    /** A non-blank string, stripped. */
    public String requiredString(String key) {
        String text = optionalString(key);
        if (text == null) {
            throw new InvalidInputException(path(key), "is required");
        }
        return text;
    }

    /** A non-blank string, stripped; null when absent. */
    public String optionalString(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        return nonBlankString(value, path(key));
    }

    /** A rule's name: non-blank, at most {@value #MAX_NAME_LENGTH} characters. */
    public String name(String key) {
        String name = requiredString(key);
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(path(key), "is " + name.length() + " characters long; at most " + MAX_NAME_LENGTH);
        }
        return name;
    }

    public int requiredInt(String key, int min, int max) {
        Integer number = optionalInt(key, min, max);
        if (number == null) {
            throw new InvalidInputException(path(key), "is required (a whole number from " + min + " to " + max + ")");
        }
        return number;
    }

    /** A whole number in [min, max]; null when absent. */
    public Integer optionalInt(String key, int min, int max) {
        JsonValue value = value(key);
        return value == null ? null : wholeNumber(value, path(key), min, max);
    }

    public boolean bool(String key, boolean defaultValue) {
        JsonValue value = value(key);
        if (value == null) {
            return defaultValue;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidInputException(path(key), "must be true or false");
    }

    public double number(String key, double defaultValue) {
        JsonValue value = value(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        throw new InvalidInputException(path(key), "must be a number");
    }

    /** A point in time in ISO-8601 with its zone ({@code 2026-11-23T09:15:00Z} or {@code +01:00}); null when absent. */
    public Instant optionalInstant(String key) {
        String text = optionalString(key);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path(key), "'" + text
                    + "' is not an ISO-8601 time with a zone (e.g. 2026-11-23T09:15:00Z or 2026-11-23T10:15:00+01:00)");
        }
    }

    public Instant requiredInstant(String key) {
        Instant instant = optionalInstant(key);
        if (instant == null) {
            throw new InvalidInputException(path(key), "is required (an ISO-8601 time with a zone, e.g. 2026-11-23T09:15:00Z)");
        }
        return instant;
    }

    /**
     * An exact decimal, from a JSON number or a string ({@code 129.90} or {@code "129.90"}), never through a double;
     * null when absent.
     */
    public BigDecimal optionalDecimal(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString string) {
            try {
                return new BigDecimal(string.getString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(path(key), "'" + string.getString() + "' is not a decimal number");
            }
        }
        throw new InvalidInputException(path(key), "must be a decimal number");
    }

    public BigDecimal requiredDecimal(String key) {
        BigDecimal decimal = optionalDecimal(key);
        if (decimal == null) {
            throw new InvalidInputException(path(key), "is required (a decimal number)");
        }
        return decimal;
    }

    /** A whole number in [min, max] that may be larger than an int; null when absent. */
    public Long optionalLong(String key, long min, long max) {
        JsonValue value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.longValue();
        }
        throw new InvalidInputException(path(key), "must be a whole number from " + min + " to " + max);
    }

    /** The object under {@code key}, read strictly with {@code allowedKeys}; null when absent. */
    public JsonFields optionalObject(String key, Set<String> allowedKeys) {
        JsonValue value = value(key);
        return value == null ? null : of(value, path(key), allowedKeys);
    }

    /** A positive ISO-8601 duration such as {@code PT30M}, {@code PT48H} or {@code P2D}; null when absent. */
    public Duration optionalDuration(String key) {
        String text = optionalString(key);
        if (text == null) {
            return null;
        }
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path(key), "'" + text + "' is not an ISO-8601 duration (e.g. PT30M, PT4H, P2D)");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidInputException(path(key), "'" + text + "' must be longer than zero");
        }
        return duration;
    }

    /** Non-blank strings, stripped, without repeats, in the given order; empty when absent. */
    public List<String> strings(String key) {
        JsonValue value = value(key);
        if (value == null) {
            return List.of();
        }
        JsonArray array = array(value, path(key));
        Set<String> strings = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            strings.add(nonBlankString(array.get(i), element(path(key), i)));
        }
        return List.copyOf(strings);
    }

    /** One of {@code allowed}, by its exact name. */
    public <E extends Enum<E>> E requiredEnum(String key, List<E> allowed) {
        return oneOf(requiredString(key), path(key), allowed);
    }

    /** Some of {@code allowed}, by their exact names, in the given order; empty when absent. */
    public <E extends Enum<E>> Set<E> enums(String key, List<E> allowed) {
        Set<E> values = new LinkedHashSet<>();
        List<JsonValue> elements = elements(key);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = element(path(key), i);
            values.add(oneOf(nonBlankString(elements.get(i), elementPath), elementPath, allowed));
        }
        return Collections.unmodifiableSet(values);
    }

    private static <E extends Enum<E>> E oneOf(String name, String path, List<E> allowed) {
        return allowed.stream().filter(value -> value.name().equals(name)).findFirst().orElseThrow(() -> new InvalidInputException(
                path, "'" + name + "' is not allowed here; one of " + String.join(", ", allowed.stream().map(Enum::name).toList())));
    }

    /** The elements of the array under {@code key}; empty when absent. */
    public List<JsonValue> elements(String key) {
        JsonValue value = value(key);
        return value == null ? List.of() : new ArrayList<>(array(value, path(key)));
    }

    /** A duration as ISO-8601, whole days as days ({@code P2D}, {@code P1DT6H}) as an admin would write them. */
    public static String format(Duration duration) {
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        if (days == 0) {
            return duration.toString();
        }
        return "P" + days + "D" + (rest.isZero() ? "" : rest.toString().substring(1));
    }

    static String nonBlankString(JsonValue value, String path) {
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(path, "must be a string");
        }
        if (string.getString().isBlank()) {
            throw new InvalidInputException(path, "must not be blank");
        }
        return string.getString().strip();
    }

    static int wholeNumber(JsonValue value, String path, int min, int max) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                && number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.intValue();
        }
        throw new InvalidInputException(path, "must be a whole number from " + min + " to " + max);
    }

    static JsonArray array(JsonValue value, String path) {
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException(path, "must be an array");
        }
        return array;
    }
}
