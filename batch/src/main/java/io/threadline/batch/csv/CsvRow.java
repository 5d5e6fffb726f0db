package io.threadline.batch.csv;

import java.util.List;
import java.util.Map;

/** One data row of the CSV, with the file line it starts on (the header is line 1). */
public record CsvRow(long line, Map<String, String> values, String raw) implements CsvItem {

    @Override
    public List<CsvRow> rows() {
        return List.of(this);
    }
}
