package io.threadline.batch.reportexport;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DayRangesTest {

    @Test
    void consecutiveDaysAreOneRange() {
        LocalDate d = LocalDate.of(2026, 11, 20);
        assertEquals("2026-11-20", DayRanges.of(List.of(d)));
        assertEquals("2026-11-20 to 2026-11-26", DayRanges.of(List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(3),
                d.plusDays(4), d.plusDays(5), d.plusDays(6))));
        assertEquals("2026-11-14, 2026-11-20 to 2026-11-21, 2026-11-30",
                DayRanges.of(List.of(d.minusDays(6), d, d.plusDays(1), d.plusDays(10))));
    }
}
