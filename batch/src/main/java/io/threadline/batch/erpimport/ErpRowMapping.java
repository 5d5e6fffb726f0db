package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvRow;
import io.threadline.batch.csv.InvalidRowException;
import io.threadline.erp.ErpMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the rows of the file become the ERP's messages: a customer's row a {@code customer.upsert}, an order's rows
 * (one per order line, the order's own columns read from its first row) an {@code order.upsert}. The message id is
 * the record's number and stamp, so the same record imported again, from this file or another, applies nothing twice.
 */
record ErpRowMapping(ErpColumns columns, ImportDates dates, ChangeWindow changed) {

    /** The column whose consecutive equal values make one record's rows; null when every row is a record. */
    String orderNumberColumn() {
        return columns.type() == RecordType.ORDERS ? columns.columnOf("orderNumber") : null;
    }

    MappedRecord map(List<CsvRow> rows) throws InvalidRowException {
        Map<String, String> cells = new HashMap<>();
        RowObject data = row("data", rows.get(0), rows, cells);
        Instant updatedAt = data.requiredTime("updatedAt");
        Long version = data.wholeNumber("version");
        if (columns.type() == RecordType.CUSTOMERS) {
            customer(data, rows.get(0), cells);
        } else {
            order(data, rows, cells);
        }
        String id = "import:" + columns.type().messageType().wireName() + ":" + data.value(columns.type().numberField())
                + ":" + updatedAt + (version == null ? "" : ":" + version);
        return new MappedRecord(new ErpMessage(columns.type().messageType(), id, updatedAt, version, data.build()), cells);
    }

    private void customer(RowObject data, CsvRow row, Map<String, String> cells) {
        data.text("customerNumber").text("firstName").text("lastName").text("companyName").list("emails").list("phones")
                .text("segment")
                .object("address", row("data.address", row, List.of(row), cells).text("line1", "addressLine1")
                        .text("line2", "addressLine2").text("postalCode").text("city").text("region").text("country"));
    }

    private void order(RowObject data, List<CsvRow> rows, Map<String, String> cells) throws InvalidRowException {
        data.text("orderNumber").text("customerNumber").text("status").time("placedAt").time("shippedAt")
                .time("deliveredAt").text("currency").text("total");
        JsonArrayBuilder lines = Json.createArrayBuilder();
        int index = 0;
        for (CsvRow row : rows) {
            RowObject line = row("data.lines[" + index + "]", row, rows, cells).text("sku").text("name", "itemName")
                    .text("quantity").text("price");
            if (!line.isEmpty()) {
                lines.add(line.build());
                index++;
            }
        }
        data.array("lines", lines);
    }

    private RowObject row(String path, CsvRow row, List<CsvRow> rows, Map<String, String> cells) {
        return new RowObject(path, row, rows.size() > 1 ? " on line " + row.line() : "", columns, dates, cells);
    }
}
