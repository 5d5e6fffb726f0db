package io.threadline.batch.erpimport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The records to import by the day they last changed (job parameters changedFrom and changedTo: ISO days in the
 * file's zone, both included, either open); the others are passed over.
 */
record ChangeWindow(Instant from, Instant until) {

    static ChangeWindow of(String changedFrom, String changedTo, ZoneId zone) {
        LocalDate from = day("changedFrom", changedFrom);
        LocalDate to = day("changedTo", changedTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Job parameters changedFrom (" + from + ") and changedTo (" + to
                    + ") are inverted: changedFrom must not be after changedTo");
        }
        return new ChangeWindow(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    boolean contains(Instant changedAt) {
        return (from == null || !changedAt.isBefore(from)) && (until == null || changedAt.isBefore(until));
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Job parameter " + parameter + ": '" + value + "' is not a day (e.g. 2026-11-20)");
        }
    }
}
