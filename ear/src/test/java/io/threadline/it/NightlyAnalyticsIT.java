package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor reads the reports of a day that nightly-analytics computed: every figure is checked against the same
 * figure computed in the test from the generated data. Running the day again, or restarting a run that failed half-way,
 * gives the same reports, never doubled ones.
 */
class NightlyAnalyticsIT extends ContainerTest {

    private Configuration configuration;
    private AnalyticsDataSet data;
    private Api supervisor;
    private BatchJobs jobs;
    private String team;

    @BeforeEach
    void setUp() throws Exception {
        String run = Messages.unique();
        configuration = new Configuration(base);
        configuration.create("calendars", "{\"name\": \"Office " + run + "\", \"zone\": \"UTC\", \"hours\": {"
                + Stream.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN").map(d -> "\"" + d + "\": [\"09:00-17:00\"]")
                .collect(Collectors.joining(", ")) + "}}");
        configuration.create("sla-policies", """
                {"name": "Office %1$s", "position": 900, "calendar": "Office %1$s",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "never-%1$s"}]},
                 "targets": {"firstResponse": "PT1H", "resolution": "PT8H"}, "warnAt": 0.5}""".formatted(run));
        team = "team-" + run;
        configuration.create("queues", "{\"name\": \"billing-" + run + "\", \"team\": \"" + team + "\"}");
        configuration.create("queues", "{\"name\": \"shipping-" + run + "\"}");
        data = new AnalyticsDataSet(run, run.hashCode(), "Office " + run, "billing-" + run, "shipping-" + run);
        data.insert();
        supervisor = Api.as(base, "sam");
        jobs = new BatchJobs(base);
    }

    @AfterEach
    void tearDown() {
        configuration.removeAll();
    }

    @Test
    void theReportsShowTheDayAsItHappenedAndARerunOrARestartChangesNothing() throws Exception {
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("nightly-analytics", parameters("4"))));
        Map<String, List<JsonObject>> reports = allReports();
        checkFigures(reports);

        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("nightly-analytics", parameters("1"))));
        assertEquals(reports, allReports(), "a re-run of the day replaces its facts, however its hours were split");

        List<Long> unreadable = data.insertUnreadableMessages(data.messages.size());
        long failed = jobs.start("nightly-analytics", parameters("3"));
        assertEquals("FAILED", jobs.finalStatus(failed), "messages it cannot read fail the run at 14:00");
        assertTrue(committedFacts(failed) > 0, "the hours before the failure and the other partitions' hours were written");
        assertEquals(reports, allReports(), "the failed run's facts do not count");
        data.delete(unreadable);
        jobs.restart(failed, parameters("3"));
        assertEquals("COMPLETED", jobs.finalStatus(failed), jobs.log(failed));
        assertEquals(reports, allReports(), "the restarted run went on from its checkpoints with the hours split as"
                + " before (the day's entries per hour changed), counting nothing twice and leaving out no hour");
    }

    @Test
    void reportExportWritesEachReportForBiToolsAsTheApiAnswersIt() throws Exception {
        long analytics = jobs.start("nightly-analytics", parameters("4"));
        assertEquals("COMPLETED", jobs.finalStatus(analytics));
        LocalDate dayBefore = data.day.minusDays(1);
        Api operator = Api.as(base, "otto");
        Api.Reply started = operator.post("/api/v1/admin/batch/jobs/report-export",
                "{\"from\": \"" + dayBefore + "\", \"to\": \"" + data.day + "\"}");
        assertEquals(201, started.status(), started.body());
        long export = jobs.instanceOf(started.object().getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", jobs.finalStatus(export), jobs.log(export));
        assertTrue(jobs.exitStatus(export).endsWith("; no figures published for " + dayBefore), jobs.exitStatus(export));

        Path folder = Path.of(ConfigProvider.getConfig().getValue("crm.export.dir", String.class)).resolve(dayBefore + "_" + data.day);
        String handled = ",channel,queue,team,agent";
        Map<String, String> grain = new TreeMap<>(Map.of("volume", "day" + handled, "first-response", "day" + handled,
                "resolution", "day" + handled, "sla", "day,target" + handled, "csat", "day" + handled,
                "channel-switches", "day,from" + handled, "repeated-customers", "day" + handled,
                "busiest-hours", "day,weekday,hour" + handled, "urgency", "day,band" + handled,
                "deflection", "day,channel"));
        for (Map.Entry<String, String> report : grain.entrySet()) {
            String api = supervisor.get("/api/v1/reports/" + report.getKey() + "?from=" + dayBefore + "&to=" + data.day
                    + "&by=" + report.getValue() + "&format=csv").body();
            assertEquals(api, Files.readString(folder.resolve(report.getKey() + ".csv")), report.getKey());
        }
        assertTrue(Files.readString(folder.resolve("volume.csv")).contains("," + data.billingQueue + "," + team + ","),
                "the day's messages to the billing queue are in the export, with the queue's team");
        assertTrue(Files.readString(folder.resolve("deflection.csv")).startsWith(
                "day,channel,offered,deflected,handedOver,abandoned,noSuggestion,deflectionRate\n" + data.day + ",CHAT,"),
                "the chat bot's questions, on chat and in nobody's hands: " + Files.readString(folder.resolve("deflection.csv")));
        assertEquals("day,run\n" + dayBefore + ",\n" + data.day + "," + analytics + "\n", Files.readString(folder.resolve("days.csv")));

        Api.Reply inverted = operator.post("/api/v1/admin/batch/jobs/report-export",
                "{\"from\": \"" + data.day + "\", \"to\": \"" + dayBefore + "\"}");
        assertEquals(400, inverted.status(), "checked before it starts: " + inverted.body());
        assertTrue(inverted.body().contains("to (" + dayBefore + ") must not be before from"), inverted.body());
        Api.Reply unknownReport = operator.post("/api/v1/admin/batch/jobs/report-export", "{\"reports\": \"volume,mood\"}");
        assertEquals(400, unknownReport.status());
        assertTrue(unknownReport.body().contains("'mood'"), unknownReport.body());
        assertEquals(404, operator.post("/api/v1/admin/batch/jobs/report-exports", "{}").status());
        assertEquals(403, Api.as(base, "alice").post("/api/v1/admin/batch/jobs/report-export", "{}").status(),
                "agents start no jobs");

        long wrong = jobs.start("report-export", Map.of("from", data.day.toString(), "to", dayBefore.toString()));
        assertEquals("FAILED", jobs.finalStatus(wrong), "Liberty's REST API starts it, and it fails at once");
        assertTrue(jobs.log(wrong).contains("must not be before from"), jobs.log(wrong));
        assertFalse(Files.exists(folder.resolveSibling(data.day + "_" + dayBefore)), "nothing written");
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        Api.Reply badDay = supervisor.get("/api/v1/reports/volume?from=2026-13-01&to=2026-12-01");
        assertEquals(400, badDay.status(), badDay.body());
        assertTrue(badDay.body().contains("from"), badDay.body());
        Api.Reply inverted = supervisor.get("/api/v1/reports/volume?from=2026-11-02&to=2026-11-01");
        assertEquals(400, inverted.status());
        assertTrue(inverted.body().contains("to"), inverted.body());
        Api.Reply dimension = supervisor.get("/api/v1/reports/volume?from=2026-11-01&to=2026-11-02&by=colour");
        assertEquals(400, dimension.status());
        assertTrue(dimension.body().contains("colour"), dimension.body());
        Api.Reply team = supervisor.get("/api/v1/reports/deflection?from=2026-11-01&to=2026-11-02&team=billing");
        assertEquals(400, team.status(), team.body());
        assertTrue(team.body().contains("does not apply to deflection, which has no team"), team.body());
        Api.Reply byAgent = supervisor.get("/api/v1/reports/deflection?from=2026-11-01&to=2026-11-02&by=agent");
        assertEquals(400, byAgent.status(), byAgent.body());
        assertTrue(byAgent.body().contains("agent"), byAgent.body());
        assertEquals(404, supervisor.get("/api/v1/reports/happiness?from=2026-11-01&to=2026-11-02").status());
        assertEquals(403, Api.as(base, "alice").get("/api/v1/reports/volume?from=2026-11-01&to=2026-11-02").status(),
                "agents do not read reports");
        assertEquals("FAILED", jobs.finalStatus(jobs.start("nightly-analytics", Map.of("date", "yesterday"))));
    }

    private void checkFigures(Map<String, List<JsonObject>> reports) {
        Map<String, long[]> volume = data.volumeByChannel(c -> true);
        assertEquals(volume.keySet(), reports.get("volume").stream().map(r -> r.getString("channel")).collect(Collectors.toSet()));
        for (JsonObject row : reports.get("volume")) {
            long[] expected = volume.get(row.getString("channel"));
            assertEquals(data.day.toString(), row.getString("day"));
            assertEquals(expected[0], row.getJsonNumber("inbound").longValue(), row.toString());
            assertEquals(expected[1], row.getJsonNumber("outbound").longValue(), row.toString());
        }
        long teamInbound = data.volumeByChannel(c -> c.queue().equals(data.billingQueue)).values().stream().mapToLong(v -> v[0]).sum();
        assertEquals(teamInbound, report("volume", "&by=team&team=" + team).get(0).getJsonNumber("inbound").longValue());
        String agent = data.agents.get(0);
        long agentOutbound = data.volumeByChannel(c -> agent.equals(c.agent())).values().stream().mapToLong(v -> v[1]).sum();
        assertEquals(agentOutbound, report("volume", "&by=agent&agent=" + agent).get(0).getJsonNumber("outbound").longValue());

        durations(reports.get("first-response"), data.firstResponseSeconds(false), data.firstResponseSeconds(true));
        durations(reports.get("resolution"), data.resolutionSeconds(false), data.resolutionSeconds(true));

        Map<String, long[]> sla = data.sla();
        assertEquals(sla.keySet(), reports.get("sla").stream().map(r -> r.getString("target")).collect(Collectors.toSet()));
        for (JsonObject row : reports.get("sla")) {
            long[] expected = sla.get(row.getString("target"));
            assertEquals(expected[0], row.getJsonNumber("met").longValue(), row.toString());
            assertEquals(expected[1], row.getJsonNumber("breached").longValue(), row.toString());
        }

        long[] csat = data.csat();
        JsonObject csatRow = reports.get("csat").get(0);
        assertEquals(csat[0], csatRow.getJsonNumber("surveys").longValue());
        assertEquals(csat[1], csatRow.getJsonNumber("answers").longValue());
        assertEquals((double) csat[2] / csat[1], csatRow.getJsonNumber("averageScore").doubleValue(), 0.0001);

        Map<String, Set<Long>> repeatedByChannel = new TreeMap<>();
        Map<String, Long> switches = data.switches(repeatedByChannel);
        Map<String, Long> reported = new TreeMap<>();
        reports.get("channel-switches").forEach(r -> reported.put(r.getString("from") + ">" + r.getString("channel"),
                r.getJsonNumber("switches").longValue()));
        assertEquals(switches, reported);
        assertFalse(switches.isEmpty(), "the data set has channel switches");
        Set<Long> repeated = new HashSet<>();
        repeatedByChannel.values().forEach(repeated::addAll);
        assertEquals(repeated.size(), reports.get("repeated-customers").get(0).getJsonNumber("customers").longValue(),
                "the day's count over all channels");
        Map<String, Long> expectedByChannel = new TreeMap<>();
        repeatedByChannel.forEach((channel, customers) -> expectedByChannel.put(channel, (long) customers.size()));
        assertEquals(expectedByChannel, customersByChannel(report("repeated-customers", "&by=day,channel")), "each day's count by channel");
        assertEquals(expectedByChannel, customersByChannel(report("repeated-customers", "&by=channel")), "counted customer by customer");

        Map<Integer, Long> hours = new TreeMap<>();
        for (JsonObject row : reports.get("busiest-hours")) {
            assertEquals(data.weekday().toString(), row.getString("weekday"));
            hours.put(row.getInt("hour"), row.getJsonNumber("inbound").longValue());
        }
        assertEquals(data.inboundByHour(), hours);
        List<JsonObject> volumeByHour = report("volume", "&by=hour");
        assertEquals(data.inboundByHour(), volumeByHour.stream().filter(r -> r.getJsonNumber("inbound").longValue() > 0)
                .collect(Collectors.toMap(r -> r.getInt("hour"), r -> r.getJsonNumber("inbound").longValue(), Long::sum, TreeMap::new)),
                "volume by the hour, which the hourly facts answer");
        assertEquals(volume.values().stream().mapToLong(v -> v[1]).sum(),
                volumeByHour.stream().mapToLong(r -> r.getJsonNumber("outbound").longValue()).sum());

        Map<String, Long> bands = new HashMap<>();
        reports.get("urgency").forEach(r -> bands.put(r.getString("band"), r.getJsonNumber("messages").longValue()));
        assertEquals(data.urgencyBands(), bands);

        long[] deflection = data.deflection();
        JsonObject deflectionRow = reports.get("deflection").get(0);
        assertEquals(data.day.toString(), deflectionRow.getString("day"));
        List<String> columns = List.of("offered", "deflected", "handedOver", "abandoned", "noSuggestion");
        for (int i = 0; i < columns.size(); i++) {
            assertEquals(deflection[i], deflectionRow.getJsonNumber(columns.get(i)).longValue(), columns.get(i) + ": " + deflectionRow);
        }
        assertTrue(deflection[1] > 0 && deflection[2] > 0 && deflection[3] > 0, "the data set ends questions each way");
        assertEquals((double) deflection[1] / (deflection[1] + deflection[2] + deflection[3]),
                deflectionRow.getJsonNumber("deflectionRate").doubleValue(), 0.0001, "deflected of those that ended");
        assertEquals(deflection[0] + deflection[4], report("deflection", "&by=hour").stream()
                .mapToLong(r -> r.getJsonNumber("offered").longValue() + r.getJsonNumber("noSuggestion").longValue()).sum(),
                "each question asked on the day in the hour it was asked");

        String csv = supervisor.get("/api/v1/reports/volume?from=" + data.day + "&to=" + data.day + "&format=csv").body();
        List<String> lines = csv.lines().toList();
        assertEquals("day,channel,inbound,outbound", lines.get(0));
        assertEquals(reports.get("volume").stream().map(r -> r.getString("day") + "," + r.getString("channel") + ","
                + r.getJsonNumber("inbound") + "," + r.getJsonNumber("outbound")).toList(), lines.subList(1, lines.size()));
    }

    /** Count, median and p90 per channel, wall-clock and business; the median and p90 within the 1% the buckets allow. */
    private static void durations(List<JsonObject> rows, Map<String, List<Long>> wall, Map<String, List<Long>> business) {
        assertEquals(wall.keySet(), rows.stream().map(r -> r.getString("channel")).collect(Collectors.toSet()));
        for (JsonObject row : rows) {
            List<Long> seconds = wall.get(row.getString("channel"));
            List<Long> office = business.get(row.getString("channel"));
            assertEquals(seconds.size(), row.getJsonNumber("conversations").longValue(), row.toString());
            close(AnalyticsDataSet.percentile(seconds, 0.5), row.getJsonNumber("medianSeconds").longValue(), row);
            close(AnalyticsDataSet.percentile(seconds, 0.9), row.getJsonNumber("p90Seconds").longValue(), row);
            close(AnalyticsDataSet.percentile(office, 0.5), row.getJsonNumber("medianBusinessSeconds").longValue(), row);
            close(AnalyticsDataSet.percentile(office, 0.9), row.getJsonNumber("p90BusinessSeconds").longValue(), row);
            assertEquals(Math.round(seconds.stream().mapToLong(Long::longValue).average().orElseThrow()),
                    row.getJsonNumber("averageSeconds").longValue(), row.toString());
        }
    }

    private static void close(long exact, long reported, JsonObject row) {
        assertTrue(Math.abs(exact - reported) <= exact * 0.01 + 1, "exact " + exact + ", reported " + reported + ": " + row);
    }

    private Map<String, List<JsonObject>> allReports() {
        Map<String, List<JsonObject>> reports = new TreeMap<>();
        for (String name : List.of("volume", "first-response", "resolution", "sla", "csat", "channel-switches",
                "repeated-customers", "busiest-hours", "urgency", "deflection")) {
            reports.put(name, report(name, ""));
        }
        assertFalse(reports.get("volume").isEmpty(), "the day has facts");
        return reports;
    }

    private static Map<String, Long> customersByChannel(List<JsonObject> rows) {
        Map<String, Long> customers = new TreeMap<>();
        rows.forEach(row -> customers.put(row.getString("channel"), row.getJsonNumber("customers").longValue()));
        return customers;
    }

    private List<JsonObject> report(String name, String more) {
        Api.Reply reply = supervisor.get("/api/v1/reports/" + name + "?from=" + data.day + "&to=" + data.day + more);
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    /** How many facts run {@code instance} has written so far. */
    private static long committedFacts(long instance) throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ANALYTICS_HOURLY_FACT WHERE RUN_ID = ?")) {
            s.setLong(1, instance);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, String> parameters(String partitions) {
        return Map.of("date", data.day.toString(), "partitions", partitions);
    }
}
