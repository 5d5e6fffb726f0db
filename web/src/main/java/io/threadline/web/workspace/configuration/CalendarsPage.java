package io.threadline.web.workspace.configuration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Business calendars: a zone, per weekday one or more intervals ("09:00-12:00, 13:00-17:00"), and holidays. */
@Named("calendarsPage")
@ViewScoped
public class CalendarsPage extends NamedDocumentsPage {

    /** A calendar in the table. */
    public record CalendarRow(String name, String zone, String hours, String holidays) {
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private String name;
    private String zone;
    /** Per weekday key (MON…SUN) its intervals as typed. */
    private final Map<String, String> hours = new LinkedHashMap<>();
    private String holidays;

    @Override
    String kind() {
        return "calendars";
    }

    public List<CalendarRow> getCalendars() {
        return documents().stream().map(c -> new CalendarRow(c.getString("name"), c.getString("zone"), hoursSummary(c),
                TextLists.text(c.get("holidays")))).toList();
    }

    private static String hoursSummary(JsonObject calendar) {
        JsonObject week = calendar.getOrDefault("hours", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        return String.join("; ", week.keySet().stream().map(day -> day + " " + TextLists.text(week.get(day))).toList());
    }

    @Override
    void read(JsonObject calendar) {
        name = calendar == null ? null : calendar.getString("name");
        zone = calendar == null ? "UTC" : calendar.getString("zone");
        JsonObject week = calendar == null ? JsonValue.EMPTY_JSON_OBJECT
                : calendar.getOrDefault("hours", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        hours.clear();
        getDays().forEach(day -> hours.put(day, TextLists.text(week.get(day))));
        holidays = calendar == null ? null : TextLists.text(calendar.get("holidays"));
    }

    @Override
    JsonObject toJson() {
        JsonObjectBuilder week = Json.createObjectBuilder();
        hours.forEach((day, intervals) -> {
            if (!TextLists.blank(intervals)) {
                week.add(day, TextLists.array(intervals));
            }
        });
        return Json.createObjectBuilder().add("name", name == null ? "" : name.trim()).add("zone", zone == null ? "" : zone)
                .add("hours", week).add("holidays", TextLists.array(holidays)).build();
    }

    /** The weekday keys of {@code hours}, Monday first. */
    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3)).toList();
    }

    public String dayName(String day) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(day)).findFirst()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse(day);
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public Map<String, String> getHours() {
        return hours;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }
}
