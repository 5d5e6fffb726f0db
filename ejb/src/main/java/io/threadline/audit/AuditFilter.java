package io.threadline.audit;

import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Which audit entries to show or export: of one kind, by one actor, about one subject (e.g. customer {@code 42}),
 * written from {@code from} (inclusive) to {@code to} (exclusive); null lets everything through.
 */
public record AuditFilter(String kind, String actor, String name, Instant from, Instant to) {

    /**
     * The filter as people give it: blank values let everything through; {@code fromDay} and {@code toDay} are ISO days
     * in {@code zone}, both included. A day that is not one, or a range that ends before it starts, is refused naming it.
     */
    public static AuditFilter of(String kind, String actor, String name, String fromDay, String toDay, ZoneId zone) {
        LocalDate first = day("from", fromDay);
        LocalDate last = day("to", toDay);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidInputException("to", "the last day (" + last + ") is before the first (" + first + ")");
        }
        return new AuditFilter(blankAsNull(kind), blankAsNull(actor), blankAsNull(name),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** What the filter asked for, as the audit entry of an export records it. */
    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        add(json, "kind", kind);
        add(json, "actor", actor);
        add(json, "name", name);
        add(json, "from", from == null ? null : from.toString());
        add(json, "to", to == null ? null : to.toString());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a day such as 2026-11-27");
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
