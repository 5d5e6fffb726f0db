package io.threadline.reporting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** A report as CSV: a header of its column names, then its rows (an empty cell for none). */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(ReportTable table, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
