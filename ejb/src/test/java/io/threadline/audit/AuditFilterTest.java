package io.threadline.audit;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void daysAreWholeDaysOfTheZoneWithBothEndsIncluded() {
        AuditFilter filter = AuditFilter.of("customer", " bob ", "42", "2026-11-01", "2026-11-30", BERLIN);
        assertEquals(new AuditFilter("customer", "bob", "42", Instant.parse("2026-10-31T23:00:00Z"),
                Instant.parse("2026-11-30T23:00:00Z")), filter);
    }

    @Test
    void blanksLetEverythingThrough() {
        assertEquals(new AuditFilter(null, null, null, null, null), AuditFilter.of("", " ", null, "", null, BERLIN));
    }

    @Test
    void aWrongDayOrABackwardRangeIsRefusedNamingTheField() {
        InvalidInputException notADay = assertThrows(InvalidInputException.class,
                () -> AuditFilter.of(null, null, null, "2026-13-01", null, BERLIN));
        assertEquals("from", notADay.field());
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> AuditFilter.of(null, null, null, "2026-11-20", "2026-11-10", BERLIN));
        assertEquals("to", backwards.field());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreMadeText() {
        assertEquals("'=HYPERLINK(\"x\")", AuditExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AuditExport.cell("+1"));
        assertEquals("'-2", AuditExport.cell("-2"));
        assertEquals("'@SUM(A1)", AuditExport.cell("@SUM(A1)"));
        assertEquals("bob", AuditExport.cell("bob"));
        assertEquals("{\"view\":\"profile\"}", AuditExport.cell("{\"view\":\"profile\"}"));
        assertNull(AuditExport.cell(null));
    }
}
