package io.threadline.web.reporting;

import io.threadline.reporting.LiveFigures;
import io.threadline.reporting.ReportName;
import io.threadline.reporting.ReportQuery;
import io.threadline.reporting.ReportTable;
import io.threadline.reporting.Reports;
import io.threadline.reporting.ReportingSettings;
import io.threadline.routing.Teams;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.web.workspace.DisplayFormat;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reports page: the filters come from the address (from, to, channel, team, agent), so a view can be bookmarked;
 * each chart reads the same report the API answers, and links to it as CSV.
 */
@Named("reports")
@RequestScoped
public class ReportsPage {

    static final int DEFAULT_DAYS = 30;

    @EJB
    private Reports reports;

    @EJB
    private Teams teams;

    @EJB
    private LiveFigures live;

    @Inject
    private ReportingSettings settings;

    @Inject
    private DisplayFormat display;

    private String from;
    private String to;
    private String channel;
    private String team;
    private String agent;
    private boolean valid;
    private final Map<ReportName, ReportTable> tables = new EnumMap<>(ReportName.class);
    private List<LocalDate> days = List.of();

    /** Reads the filters (the last {@value #DEFAULT_DAYS} days up to today by default); a wrong one is named on the page. */
    public void load() {
        LocalDate today = LocalDate.now(settings.zone());
        from = blank(from) ? today.minusDays(DEFAULT_DAYS - 1).toString() : from;
        to = blank(to) ? today.toString() : to;
        try {
            ReportQuery query = query(ReportName.VOLUME, null);
            days = Stream.iterate(query.from(), d -> !d.isAfter(query.to()), d -> d.plusDays(1)).toList();
            valid = true;
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.field() + ": " + e.getMessage(), null));
        }
    }

    public boolean isValid() {
        return valid;
    }

    // The charts.

    public String getVolumeChart() {
        ReportTable volume = table(ReportName.VOLUME, null);
        Map<String, Map<String, Long>> byChannel = new TreeMap<>();
        for (Map<String, Object> row : rows(volume)) {
            byChannel.computeIfAbsent((String) row.get("channel"), c -> new TreeMap<>())
                    .put((String) row.get("day"), ((Number) row.get("inbound")).longValue());
        }
        ChartJs chart = (days.size() == 1 ? ChartJs.bar() : ChartJs.line()).labels(days.stream().map(LocalDate::toString).toList())
                .yTitle("messages in");
        byChannel.forEach((name, perDay) -> chart.series(channelName(name),
                days.stream().map(d -> perDay.getOrDefault(d.toString(), 0L)).toList()));
        return chart.json();
    }

    public String getFirstResponseChart() {
        return durationChart(ReportName.FIRST_RESPONSE, 60, "minutes");
    }

    public String getResolutionChart() {
        return durationChart(ReportName.RESOLUTION, 3600, "hours");
    }

    public String getSlaChart() {
        Map<String, Map<String, Double>> byTarget = new TreeMap<>();
        for (Map<String, Object> row : rows(table(ReportName.SLA, null))) {
            Object attainment = row.get("attainment");
            if (attainment != null) {
                byTarget.computeIfAbsent((String) row.get("target"), t -> new TreeMap<>())
                        .put((String) row.get("day"), 100 * ((Number) attainment).doubleValue());
            }
        }
        ChartJs chart = ChartJs.line().labels(days.stream().map(LocalDate::toString).toList()).yTitle("% met").yMax(100);
        byTarget.forEach((target, perDay) -> chart.series(targetName(target),
                days.stream().map(d -> perDay.get(d.toString())).toList()));
        return chart.json();
    }

    public String getCsatChart() {
        Map<String, Double> average = new TreeMap<>();
        for (Map<String, Object> row : rows(table(ReportName.CSAT, null))) {
            if (row.get("averageScore") != null) {
                average.put((String) row.get("day"), ((Number) row.get("averageScore")).doubleValue());
            }
        }
        return ChartJs.line().labels(days.stream().map(LocalDate::toString).toList()).yTitle("average score (1-5)").yMax(5)
                .series("Average score", days.stream().map(d -> average.get(d.toString())).toList()).json();
    }

    /** The chat bot's questions per day, stacked by how they ended. */
    public String getDeflectionChart() {
        Map<String, Map<String, Object>> byDay = new TreeMap<>();
        rows(table(ReportName.DEFLECTION, null)).forEach(row -> byDay.put((String) row.get("day"), row));
        ChartJs chart = ChartJs.bar().stacked().labels(days.stream().map(LocalDate::toString).toList()).yTitle("chat questions");
        Stream.of(new String[]{"deflected", "Answered by the articles"}, new String[]{"handedOver", "Handed to a person"},
                new String[]{"abandoned", "Left without a word"}).forEach(ending -> chart.series(ending[1], days.stream()
                .map(d -> (Number) byDay.getOrDefault(d.toString(), Map.of()).getOrDefault(ending[0], 0L)).toList()));
        return chart.json();
    }

    private String durationChart(ReportName report, int unitSeconds, String unit) {
        List<Map<String, Object>> rows = rows(table(report, null));
        return ChartJs.bar().labels(rows.stream().map(r -> channelName((String) r.get("channel"))).toList()).yTitle(unit)
                .series("Median", rows.stream().map(r -> inUnits(r.get("medianSeconds"), unitSeconds)).toList())
                .series("90% within", rows.stream().map(r -> inUnits(r.get("p90Seconds"), unitSeconds)).toList())
                .series("Median, business time", rows.stream().map(r -> inUnits(r.get("medianBusinessSeconds"), unitSeconds)).toList())
                .json();
    }

    // The tables beside them.

    public List<Map<String, Object>> getVolumeTotals() {
        Map<String, long[]> totals = new TreeMap<>();
        for (Map<String, Object> row : rows(table(ReportName.VOLUME, null))) {
            long[] sum = totals.computeIfAbsent((String) row.get("channel"), c -> new long[2]);
            sum[0] += ((Number) row.get("inbound")).longValue();
            sum[1] += ((Number) row.get("outbound")).longValue();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        totals.forEach((name, sum) -> rows.add(Map.of("channel", channelName(name), "inbound", sum[0], "outbound", sum[1])));
        return rows;
    }

    public List<Map<String, Object>> getFirstResponseByAgent() {
        return rows(table(ReportName.FIRST_RESPONSE, List.of("agent")));
    }

    public List<Map<String, Object>> getSlaTotals() {
        return rows(table(ReportName.SLA, List.of("target")));
    }

    public Map<String, Object> getCsatTotals() {
        List<Map<String, Object>> rows = rows(table(ReportName.CSAT, List.of()));
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** The chat bot's figures over all the days: offered, deflected, handed over, abandoned, no suggestion, the rate. */
    public Map<String, Object> getDeflectionTotals() {
        List<Map<String, Object>> rows = rows(table(ReportName.DEFLECTION, List.of()));
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** Whether a team or an agent is chosen: the chat bot's questions are in nobody's hands, so its card says so. */
    public boolean isForTeamOrAgent() {
        return !blank(team) || !blank(agent);
    }

    public List<Map<String, Object>> getSwitches() {
        return rows(table(ReportName.CHANNEL_SWITCHES, null));
    }

    public long getRepeatedCustomers() {
        List<Map<String, Object>> rows = rows(table(ReportName.REPEATED_CUSTOMERS, List.of()));
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("customers")).longValue();
    }

    /** Messages in per weekday (Monday first) and hour, for the heat map; and the busiest hour's count, its scale. */
    public List<HeatRow> getBusiestHours() {
        Map<DayOfWeek, long[]> counts = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            counts.put(day, new long[24]);
        }
        for (Map<String, Object> row : rows(table(ReportName.BUSIEST_HOURS, null))) {
            counts.get(DayOfWeek.valueOf((String) row.get("weekday")))[((Number) row.get("hour")).intValue()]
                    += ((Number) row.get("inbound")).longValue();
        }
        long max = counts.values().stream().flatMapToLong(java.util.Arrays::stream).max().orElse(0);
        return counts.entrySet().stream().map(e -> new HeatRow(e.getKey(), e.getValue(), max)).toList();
    }

    /** One weekday of the heat map: its counts per hour and each cell's share of the busiest hour (0-100). */
    public record HeatRow(DayOfWeek day, long[] counts, long max) {
        public String getName() {
            return day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        }

        public List<Integer> getHours() {
            return java.util.stream.IntStream.range(0, 24).boxed().toList();
        }

        public long count(int hour) {
            return counts[hour];
        }

        public long heat(int hour) {
            return max == 0 ? 0 : Math.round(100.0 * counts[hour] / max);
        }

        /** Dark text reads on the shade up to this share; past it the text is white. */
        private static final int DARK_TEXT_UP_TO = 65;

        public boolean hot(int hour) {
            return heat(hour) > DARK_TEXT_UP_TO;
        }

        /**
         * The cell's shade of the heat colour: its share of the busiest hour, except that shares past the switch to white
         * text start at 0.75, because between 0.65 and 0.75 neither dark nor white text has a 4.5:1 contrast.
         */
        public String shade(int hour) {
            long heat = heat(hour);
            double alpha = heat <= DARK_TEXT_UP_TO ? heat / 100.0 : 0.75 + 0.25 * (heat - DARK_TEXT_UP_TO) / (100 - DARK_TEXT_UP_TO);
            return String.format(java.util.Locale.ROOT, "%.2f", alpha);
        }
    }

    // Today, from the live tables.

    public List<LiveFigures.QueueWaiting> getWaiting() {
        return live.waitingByQueue();
    }

    public long getAgentsOnline() {
        return live.agentsOnline();
    }

    public long getBreachesToday() {
        return live.breachesToday();
    }

    // Filters and links.

    /** The report as CSV, with the page's filters: the same rows the chart shows. */
    public String csv(String report) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/v1/reports/").append(report).append("?format=csv");
        filters().forEach((name, value) -> url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    public List<String> getChannels() {
        return Stream.of(Channel.values()).map(Channel::name).toList();
    }

    public List<String> getTeams() {
        return List.copyOf(teams.names());
    }

    public List<String> getAgents() {
        return List.copyOf(teams.agents());
    }

    public String channelName(String name) {
        return name == null ? "none" : display.channel(name);
    }

    /** Whether the report has no figure for these days and filters (the page then says so instead of an empty chart). */
    public boolean isEmpty(String report) {
        return table(ReportName.parse(report).orElseThrow(), null).rows().isEmpty();
    }

    public String minutes(Object seconds) {
        return seconds == null ? "–" : String.format(java.util.Locale.ENGLISH, "%.1f min", ((Number) seconds).doubleValue() / 60);
    }

    public String percent(Object ratio) {
        return ratio == null ? "–" : Math.round(100 * ((Number) ratio).doubleValue()) + "%";
    }

    private static String targetName(String target) {
        return "FIRST_RESPONSE".equals(target) ? "First response" : "RESOLUTION".equals(target) ? "Resolution" : target;
    }

    private static Double inUnits(Object seconds, int unitSeconds) {
        return seconds == null ? null : Math.round(10.0 * ((Number) seconds).doubleValue() / unitSeconds) / 10.0;
    }

    private ReportTable table(ReportName report, List<String> by) {
        if (by != null) {
            return reports.report(query(report, by));
        }
        return tables.computeIfAbsent(report, r -> reports.report(query(r, null)));
    }

    private ReportQuery query(ReportName report, List<String> by) {
        ReportQuery query = ReportQuery.of(report, filters());
        return by == null ? query : new ReportQuery(report, query.from(), query.to(), query.channel(), query.team(), query.agent(), by);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", from);
        filters.put("to", to);
        Stream.of(new String[]{"channel", channel}, new String[]{"team", team}, new String[]{"agent", agent})
                .filter(f -> !blank(f[1])).forEach(f -> filters.put(f[0], f[1]));
        return filters;
    }

    private static List<Map<String, Object>> rows(ReportTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> values : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                row.put(table.columns().get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }
}
