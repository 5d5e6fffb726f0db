package io.threadline.sla;

import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * When a team works: wall-clock intervals per weekday in a time zone, minus holidays (local dates). Business
 * time is counted only while the calendar is open; arithmetic walks day by day over the intervals, converting
 * each day's wall-clock times in the zone, so it follows DST changes and stays cheap for long durations.
 */
public final class BusinessCalendar {

    private static final List<String> FIELDS = List.of("name", "zone", "hours", "holidays");

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, DayHours> hours;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, DayHours> hours, Set<LocalDate> holidays) {
        this.name = name;
        this.zone = zone;
        this.hours = Collections.unmodifiableMap(new EnumMap<>(hours));
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
    }

    /** Open around the clock in {@code zone}: what a policy without a calendar counts in. */
    public static BusinessCalendar always(String zone) {
        Map<DayOfWeek, DayHours> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, DayHours.WHOLE_DAY);
        }
        return new BusinessCalendar("24/7", zone(zone), everyDay, Set.of());
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpen(Instant instant) {
        return nextOpening(instant).filter(instant::equals).isPresent();
    }

    /** {@code instant} itself if the calendar is open then, else when it opens next. */
    public Optional<Instant> nextOpening(Instant instant) {
        return openSpansFrom(instant).findFirst().map(OpenSpan::start);
    }

    /**
     * When {@code amount} of business time has passed since {@code from}; counting starts at the next opening
     * if {@code from} is outside hours. An amount that fills an interval exactly ends at that interval's end.
     */
    public Instant addBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        Iterator<OpenSpan> spans = openSpansFrom(from).iterator();
        while (true) {
            OpenSpan span = spans.next();
            if (left.compareTo(span.length()) <= 0) {
                return span.start().plus(left);
            }
            left = left.minus(span.length());
        }
    }

    /** The business time in [a, b); zero if b is not after a. */
    public Duration businessTimeBetween(Instant a, Instant b) {
        Duration total = Duration.ZERO;
        Iterator<OpenSpan> spans = openSpansFrom(a).iterator();
        while (true) {
            OpenSpan span = spans.next();
            if (!span.start().isBefore(b)) {
                return total;
            }
            Instant end = span.end().isBefore(b) ? span.end() : b;
            total = total.plus(Duration.between(span.start(), end));
        }
    }

    /**
     * The open spans from {@code from} on, the first one cut at {@code from}. Endless, and never empty for long
     * because a calendar has at least one interval and finitely many holidays.
     */
    private Stream<OpenSpan> openSpansFrom(Instant from) {
        return Stream.iterate(LocalDate.ofInstant(from, zone), date -> date.plusDays(1))
                .flatMap(date -> spansOn(date).stream())
                .filter(span -> span.end().isAfter(from))
                .map(span -> span.notBefore(from));
    }

    private List<OpenSpan> spansOn(LocalDate date) {
        DayHours day = hours.get(date.getDayOfWeek());
        return day == null || holidays.contains(date) ? List.of() : day.spansOn(date, zone);
    }

    public JsonObject toJson() {
        JsonObjectBuilder days = Json.createObjectBuilder();
        hours.forEach((day, dayHours) -> days.add(key(day), Json.createArrayBuilder(dayHours.texts())));
        JsonArrayBuilder dates = Json.createArrayBuilder();
        holidays.forEach(date -> dates.add(date.toString()));
        return Json.createObjectBuilder()
                .add("name", name)
                .add("zone", zone.getId())
                .add("hours", days)
                .add("holidays", dates)
                .build();
    }

    // Reading the JSON form; every refusal names the JSON field at fault.

    /** Reads {@code {"name", "zone", "hours": {"MON": ["09:00-17:00"], …}, "holidays": ["2026-12-25"]}}. */
    public static BusinessCalendar parse(JsonObject json) {
        for (String key : json.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new InvalidInputException(key, "is not a field of a calendar (" + String.join(", ", FIELDS) + ")");
            }
        }
        String name = string(json.get("name"), "name").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "must not be empty");
        }
        return new BusinessCalendar(name, zone(string(json.get("zone"), "zone")), hours(json.get("hours")),
                holidays(json.get("holidays")));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "'" + id + "' is not a time zone such as Europe/Berlin");
        }
    }

    private static Map<DayOfWeek, DayHours> hours(JsonValue value) {
        if (!(value instanceof JsonObject days)) {
            throw new InvalidInputException("hours", "must be an object of weekdays (MON … SUN) to intervals");
        }
        Map<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach((key, intervals) -> {
            String field = "hours." + key;
            DayOfWeek day = day(key, field);
            DayHours dayHours = DayHours.parse(field, strings(intervals, field));
            if (!dayHours.intervals().isEmpty()) {
                hours.put(day, dayHours);
            }
        });
        if (hours.isEmpty()) {
            throw new InvalidInputException("hours", "must open on at least one day, or no time would ever count");
        }
        return hours;
    }

    private static DayOfWeek day(String key, String field) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (key(day).equals(key)) {
                return day;
            }
        }
        throw new InvalidInputException(field, "'" + key + "' is not a weekday (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    private static String key(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }

    private static Set<LocalDate> holidays(JsonValue value) {
        Set<LocalDate> holidays = new TreeSet<>();
        if (value == null || value == JsonValue.NULL) {
            return holidays;
        }
        List<String> texts = strings(value, "holidays");
        for (int i = 0; i < texts.size(); i++) {
            try {
                holidays.add(LocalDate.parse(texts.get(i)));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("holidays[" + i + "]", "'" + texts.get(i) + "' is not a date such as 2026-12-25");
            }
        }
        return holidays;
    }

    private static List<String> strings(JsonValue value, String field) {
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException(field, "must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            strings.add(string(array.get(i), field + "[" + i + "]"));
        }
        return strings;
    }

    private static String string(JsonValue value, String field) {
        if (value == null || value == JsonValue.NULL) {
            throw new InvalidInputException(field, "is required");
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(field, "must be a string");
        }
        return string.getString();
    }
}
