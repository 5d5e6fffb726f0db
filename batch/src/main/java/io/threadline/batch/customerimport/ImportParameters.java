package io.threadline.batch.customerimport;

import io.threadline.batch.csv.CsvImportParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

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
        return ColumnMapping.of(csv.value("nameColumn"), csv.value("emailColumns"), csv.value("phoneColumns"),
                csv.value("customerNumberColumn"));
    }
}
