package io.threadline.batch.customerimport;

import io.threadline.batch.csv.CsvImportParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Properties;

/** The job parameters of customer-import (job-level properties of customer-import.xml) beyond those of every CSV import. */
@Dependent
public class ImportParameters {

    @Inject
    CsvImportParameters csv;

    public String source() {
        String source = csv.value("source");
        return source == null ? "import of " + csv.input().getFileName() : source;
    }

    public ColumnMapping columns() {
        return columns(csv);
    }

    /** Checks a start before it happens: the file, where its rejects go, and that its header has the mapped columns. */
    public static void check(Properties parameters, String importDir) {
        CsvImportParameters csv = CsvImportParameters.of(parameters, importDir);
        columns(csv).requireIn(csv.checkedHeader());
    }

    private static ColumnMapping columns(CsvImportParameters csv) {
        return ColumnMapping.of(orDefault(csv, "nameColumn", "name"), orDefault(csv, "emailColumns", "email"),
                orDefault(csv, "phoneColumns", "phone"), orDefault(csv, "customerNumberColumn", "customer_number"));
    }

    private static String orDefault(CsvImportParameters csv, String parameter, String column) {
        String value = csv.value(parameter);
        return value == null ? column : value;
    }
}
