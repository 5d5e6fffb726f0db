package io.threadline.it.bench;

import io.threadline.it.Api;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every report of GET /api/v1/reports/{name} over a range of days, as sam (supervisor) over HTTP: {@value #WARM_UP}
 * requests not counted, then {@code requests} one after the other, timed from sending to the whole answer read. Each
 * report by its default dimensions, then three asked for finer rows: by agent and by queue, team and agent (the
 * days' facts by agent) and by hour (the hourly facts).
 */
final class ReportLatency {

    static final List<String> REPORTS = List.of("volume", "first-response", "resolution", "sla", "csat",
            "channel-switches", "repeated-customers", "busiest-hours", "urgency",
            "first-response&by=agent", "volume&by=day,queue,team,agent", "first-response&by=hour");
    private static final int WARM_UP = 2;

    private final Api supervisor;
    private final int requests;

    ReportLatency(URL base, int requests) {
        supervisor = Api.as(base, "sam");
        this.requests = requests;
    }

    /** A Markdown table of each report's latencies over [from, to]. */
    String table(LocalDate from, LocalDate to) {
        return "| report (" + from + " to " + to + ") | requests | rows | p50 ms | p95 ms | max ms |\n"
                + "| --- | --- | --- | --- | --- | --- |\n"
                + REPORTS.stream().map(report -> row(report, from, to)).collect(Collectors.joining("\n"));
    }

    private String row(String report, LocalDate from, LocalDate to) {
        int by = report.indexOf('&');
        String path = "/api/v1/reports/" + (by < 0 ? report : report.substring(0, by)) + "?from=" + from + "&to=" + to
                + (by < 0 ? "" : report.substring(by));
        for (int i = 0; i < WARM_UP; i++) {
            request(path);
        }
        long[] millis = new long[requests];
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            rows = request(path).object().getJsonArray("rows").size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        assertFalse(rows == 0, report + " has rows over the generated days");
        LatencyStats stats = LatencyStats.of(report, millis, 0);
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |", report.replace('&', ' '), requests, rows, stats.p50(),
                stats.p95(), stats.max());
    }

    private Api.Reply request(String path) {
        Api.Reply reply = supervisor.get(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply;
    }
}
