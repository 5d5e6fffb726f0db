package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvItem;
import io.threadline.batch.csv.CsvRow;

import java.util.List;

/** The consecutive rows of one order, one per order line; imported, or rejected, together. */
record OrderRows(List<CsvRow> rows) implements CsvItem {
}
