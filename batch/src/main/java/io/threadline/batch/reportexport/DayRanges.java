package io.threadline.batch.reportexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Days in words, consecutive ones as a range: "2026-11-14, 2026-11-20 to 2026-11-26". */
final class DayRanges {

    private DayRanges() {
    }

    /** {@code days} in order. */
    static String of(List<LocalDate> days) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !days.get(i).equals(days.get(i - 1).plusDays(1))) {
                ranges.add(i - 1 == start ? days.get(start).toString() : days.get(start) + " to " + days.get(i - 1));
                start = i;
            }
        }
        return String.join(", ", ranges);
    }
}
