package io.threadline.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What each report reads from the facts, the columns it makes of them, and their values for one row's facts. */
record ReportMeasures(Set<Measure> reads, List<String> columns, Function<Reports.Group, List<Object>> values) {

    static ReportMeasures of(ReportName report) {
        return switch (report) {
            case VOLUME -> counts(List.of("inbound", "outbound"), Measure.INBOUND, Measure.OUTBOUND);
            case BUSIEST_HOURS -> counts(List.of("inbound"), Measure.INBOUND);
            case URGENCY -> counts(List.of("messages"), Measure.URGENCY);
            case CHANNEL_SWITCHES -> counts(List.of("switches"), Measure.CHANNEL_SWITCH);
            case FIRST_RESPONSE -> durations(Measure.FIRST_RESPONSE, Measure.FIRST_RESPONSE_BUSINESS);
            case RESOLUTION -> durations(Measure.RESOLUTION, Measure.RESOLUTION_BUSINESS);
            case SLA -> new ReportMeasures(Set.of(Measure.SLA_MET, Measure.SLA_BREACHED), List.of("met", "breached", "attainment"), g -> {
                long met = g.n(Measure.SLA_MET);
                long breached = g.n(Measure.SLA_BREACHED);
                return Arrays.asList(met, breached, ratio(met, met + breached));
            });
            case CSAT -> new ReportMeasures(Set.of(Measure.CSAT_SENT, Measure.CSAT_ANSWERED),
                    List.of("surveys", "answers", "responseRate", "averageScore"), g -> {
                        long answers = g.n(Measure.CSAT_ANSWERED);
                        return Arrays.asList(g.n(Measure.CSAT_SENT), answers, ratio(answers, g.n(Measure.CSAT_SENT)),
                                ratio(g.total(Measure.CSAT_ANSWERED), answers));
                    });
            case REPEATED_CUSTOMERS -> new ReportMeasures(Set.of(Measure.REPEATED_CUSTOMER), List.of("customers"),
                    g -> List.of(g.distinctCustomers()));
            case DEFLECTION -> new ReportMeasures(Set.of(Measure.BOT_OFFERED, Measure.BOT_DEFLECTED, Measure.BOT_HANDED_OVER,
                    Measure.BOT_ABANDONED, Measure.BOT_NO_SUGGESTION),
                    List.of("offered", "deflected", "handedOver", "abandoned", "noSuggestion", "deflectionRate"), g -> {
                        long deflected = g.n(Measure.BOT_DEFLECTED);
                        long handedOver = g.n(Measure.BOT_HANDED_OVER);
                        long abandoned = g.n(Measure.BOT_ABANDONED);
                        return Arrays.asList(g.n(Measure.BOT_OFFERED), deflected, handedOver, abandoned,
                                g.n(Measure.BOT_NO_SUGGESTION), ratio(deflected, deflected + handedOver + abandoned));
                    });
        };
    }

    private static ReportMeasures counts(List<String> columns, Measure... measures) {
        return new ReportMeasures(Set.of(measures), columns, g -> {
            List<Object> values = new ArrayList<>();
            for (Measure measure : measures) {
                values.add(g.n(measure));
            }
            return values;
        });
    }

    private static ReportMeasures durations(Measure wallClock, Measure business) {
        return new ReportMeasures(Set.of(wallClock, business), List.of("conversations", "medianSeconds", "p90Seconds", "averageSeconds",
                "medianBusinessSeconds", "p90BusinessSeconds", "averageBusinessSeconds"), g -> {
            Histogram wall = g.durations(wallClock);
            Histogram open = g.durations(business);
            return Arrays.asList(wall.count(), round(wall.percentile(0.5)), round(wall.percentile(0.9)),
                    round(wall.averageSeconds()), round(open.percentile(0.5)), round(open.percentile(0.9)),
                    round(open.averageSeconds()));
        });
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }

    private static Long round(Double seconds) {
        return seconds == null ? null : Math.round(seconds);
    }
}
