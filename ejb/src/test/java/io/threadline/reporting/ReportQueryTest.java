package io.threadline.reporting;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportQueryTest {

    @Test
    void aQueryNamesItsDaysFiltersAndDimensions() {
        ReportQuery query = ReportQuery.of(ReportName.SLA, Map.of("from", "2026-11-01", "to", "2026-11-30",
                "channel", "EMAIL", "by", "agent, target"));
        assertEquals(LocalDate.of(2026, 11, 1), query.from());
        assertEquals("EMAIL", query.channel());
        assertEquals(List.of("agent", "target"), query.by());
        assertEquals(List.of("day", "channel"), ReportQuery.of(ReportName.VOLUME, Map.of("from", "2026-11-01", "to", "2026-11-01")).by());
    }

    @Test
    void whatIsWrongIsNamed() {
        refused("from", Map.of("to", "2026-11-01"));
        refused("from", Map.of("from", "1.11.2026", "to", "2026-11-01"));
        refused("to", Map.of("from", "2026-11-02", "to", "2026-11-01"));
        refused("to", Map.of("from", "2024-01-01", "to", "2026-11-01"));
        refused("channel", Map.of("from", "2026-11-01", "to", "2026-11-01", "channel", "PIGEON"));
        refused("by", Map.of("from", "2026-11-01", "to", "2026-11-01", "by", "target"));
        refused("colour", Map.of("from", "2026-11-01", "to", "2026-11-01", "colour", "red"));
    }

    @Test
    void deflectionHasNoQueueTeamOrAgentAndSaysSo() {
        Map<String, String> days = Map.of("from", "2026-11-01", "to", "2026-11-30");
        ReportQuery query = ReportQuery.of(ReportName.DEFLECTION, days);
        assertEquals(List.of("day"), query.by());
        assertEquals(List.of("hour", "channel"), ReportQuery.of(ReportName.DEFLECTION, with(days, "by", "hour,channel")).by());
        for (String dimension : List.of("queue", "team", "agent")) {
            InvalidInputException by = assertThrows(InvalidInputException.class,
                    () -> ReportQuery.of(ReportName.DEFLECTION, with(days, "by", "day," + dimension)));
            assertEquals("by", by.field());
            assertTrue(by.getMessage().contains("'" + dimension + "'"), by.getMessage());
        }
        for (String filter : List.of("team", "agent")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ReportQuery.of(ReportName.DEFLECTION, with(days, filter, "billing")));
            assertEquals(filter, e.field(), e.getMessage());
        }
        assertEquals("ana", ReportQuery.of(ReportName.CSAT, with(days, "agent", "ana")).agent(), "the others have agents");
    }

    @Test
    void anExportIsByEveryDimensionTheReportHas() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertEquals(List.of("day", "target", "channel", "queue", "team", "agent"), ReportQuery.forExport(ReportName.SLA, day, day).by());
        assertEquals(List.of("day", "channel"), ReportQuery.forExport(ReportName.DEFLECTION, day, day).by());
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> more = new HashMap<>(parameters);
        more.put(name, value);
        return more;
    }

    private static void refused(String field, Map<String, String> parameters) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportQuery.of(ReportName.VOLUME, parameters));
        assertEquals(field, e.field(), e.getMessage());
    }
}
