package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvImportParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * The job parameters of erp-import (job-level properties of erp-import.xml) beyond those of every CSV import:
 * recordType, columns, dateFormat, zone, changedFrom and changedTo, read into the file's mapping.
 */
@Dependent
public class ErpImportParameters {

    @Inject
    CsvImportParameters csv;

    /** The mapping the parameters describe; fails, naming the parameter, when one of them is invalid. */
    ErpRowMapping mapping() {
        return mapping(csv);
    }

    /**
     * Checks the parameters of a start before it is made, the file's header and the rejects file's place included,
     * so that the operator page names a wrong one and nothing starts.
     */
    public static void check(Properties parameters, String importDir) {
        CsvImportParameters csv = CsvImportParameters.of(parameters, importDir);
        mapping(csv).columns().requireIn(csv.checkedHeader());
    }

    private static ErpRowMapping mapping(CsvImportParameters csv) {
        ErpColumns columns = ErpColumns.of(RecordType.of(csv.value("recordType")), csv.value("columns"));
        ImportDates dates = ImportDates.of(csv.value("dateFormat"), csv.value("zone"));
        return new ErpRowMapping(columns, dates, ChangeWindow.of(csv.value("changedFrom"), csv.value("changedTo"), dates.zone()));
    }
}
