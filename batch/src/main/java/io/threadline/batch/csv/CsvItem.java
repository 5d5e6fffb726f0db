package io.threadline.batch.csv;

import java.util.List;

/** What a CSV import reads as one item: the rows of one record, skipped into the rejects file as a whole. */
public interface CsvItem {

    List<CsvRow> rows();
}
