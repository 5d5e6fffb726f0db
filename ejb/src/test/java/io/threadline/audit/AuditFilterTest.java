package io.threadline.audit;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
