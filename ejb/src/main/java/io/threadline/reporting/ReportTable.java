package io.threadline.reporting;

import java.util.Comparator;
import java.util.List;

/** A report's rows as one table: the column names, and per row one value per column (a String or a Number, or null). */
public record ReportTable(ReportQuery query, List<String> columns, List<List<Object>> rows) {

    /** Rows in the order of their dimensions: days, weekdays and hours in time order, names alphabetically, none first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<List<Comparable<?>>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };
}
