package io.threadline.batch.reportexport;

import io.threadline.reporting.ReportName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportRequestTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Test
    void withoutParametersItExportsYesterdaysReportsAll() {
        ExportRequest request = ExportRequest.of(new Properties(), ZONE);
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        assertEquals(yesterday, request.from());
        assertEquals(yesterday, request.to());
        assertEquals(List.of(ReportName.values()), request.reports());
        assertEquals(yesterday.toString(), request.folderName());
    }

    @Test
    void aRangeAndSomeReports() {
        ExportRequest request = ExportRequest.of(properties(Map.of("from", "2026-10-01", "to", "2026-10-31",
                "reports", " sla, volume ,sla")), ZONE);
        assertEquals(List.of(ReportName.SLA, ReportName.VOLUME), request.reports());
        assertEquals("2026-10-01_2026-10-31", request.folderName());
    }

    @Test
    void wrongParametersAreNamed() {
        refused(Map.of("from", "01.10.2026"), "from");
        refused(Map.of("from", "2026-10-02", "to", "2026-10-01"), "to (2026-10-01) must not be before from");
        refused(Map.of("from", "2025-01-01", "to", "2026-01-02"), "at most 366 days");
        refused(Map.of("to", LocalDate.now(ZONE).plusDays(1).toString(), "from", "2026-10-01"), "future");
        refused(Map.of("reports", "volume,happiness"), "'happiness'");
        refused(Map.of("form", "2026-10-01"), "form");
    }

    private static void refused(Map<String, String> parameters, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportRequest.of(properties(parameters), ZONE));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    private static Properties properties(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
