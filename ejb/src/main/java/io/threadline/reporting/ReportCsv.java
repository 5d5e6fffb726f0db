package io.threadline.reporting;

import io.threadline.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A report as CSV: a header of its column names, then its rows (an empty cell for none); names and tags as text, never
 * as a spreadsheet formula ({@link SpreadsheetText}).
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(ReportTable table, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                printer.printRecord(SpreadsheetText.row(row));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
