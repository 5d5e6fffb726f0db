package io.threadline.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How long something is kept: an ISO-8601 period of days, months or years ({@code P24M}, {@code P30D}, {@code P1Y}),
 * or {@code off}, kept for ever. Months are calendar months: P1M before 31 March is 28 or 29 February.
 */
public record RetentionPeriod(Period period) {

    public static final RetentionPeriod OFF = new RetentionPeriod(null);

    /** {@code setting} names what the value came from in the error, e.g. "Job parameter drafts" or a config key. */
    public static RetentionPeriod parse(String setting, String value) {
        String text = value == null ? "" : value.strip();
        if (text.toLowerCase(Locale.ROOT).equals("off")) {
            return OFF;
        }
        try {
            Period period = Period.parse(text);
            if (!period.isNegative()) {
                return new RetentionPeriod(period);
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new IllegalArgumentException(setting + " must be an ISO period such as P24M or P30D, or off, not '" + value + "'");
    }

    public boolean isOff() {
        return period == null;
    }

    /** What is older than this instant is past the period at {@code asOf}; empty when off. */
    public Optional<Instant> cutoff(ZonedDateTime asOf) {
        return isOff() ? Optional.empty() : Optional.of(asOf.minus(period).toInstant());
    }

    @Override
    public String toString() {
        return isOff() ? "off" : period.toString();
    }
}
