package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvFileReader;
import io.threadline.batch.csv.CsvHeader;
import io.threadline.batch.csv.CsvRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ERP's export: a customer per row, or an order per run of consecutive rows with the same order number.
 * Every job parameter, and the mapping against the header, is checked before the first row is read.
 */
@Named
@Dependent
public class ErpImportReader extends CsvFileReader {

    @Inject
    ErpImportParameters parameters;

    private String orderNumberColumn;

    @Override
    protected void checkHeader(CsvHeader header) {
        ErpRowMapping mapping = parameters.mapping();
        mapping.columns().requireIn(header);
        orderNumberColumn = mapping.orderNumberColumn();
    }

    @Override
    public Object readItem() {
        CsvRow first = take();
        String orderNumber = first == null || orderNumberColumn == null ? null : first.values().get(orderNumberColumn);
        if (orderNumber == null || orderNumber.isEmpty()) {
            return first;
        }
        List<CsvRow> rows = new ArrayList<>(List.of(first));
        while (peek() != null && orderNumber.equals(peek().values().get(orderNumberColumn))) {
            rows.add(take());
        }
        return new OrderRows(rows);
    }
}
