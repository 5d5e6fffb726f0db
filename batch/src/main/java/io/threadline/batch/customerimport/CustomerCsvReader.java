package io.threadline.batch.customerimport;

import io.threadline.batch.csv.CsvFileReader;
import io.threadline.batch.csv.CsvHeader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Reads the CSV export one customer per row. */
@Named
@Dependent
public class CustomerCsvReader extends CsvFileReader {

    @Inject
    ImportParameters parameters;

    @Override
    protected void checkHeader(CsvHeader header) {
        parameters.columns().requireIn(header);
    }
}
