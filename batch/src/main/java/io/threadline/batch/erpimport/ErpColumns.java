package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column holds each field of the records: job parameter columns, {@code field=column} pairs separated by commas
 * ({@code customerNumber=KUNNR,emails=mail,emails=mail2}). A field not mapped is read from the column of its own name.
 */
record ErpColumns(RecordType type, Map<String, List<String>> mapped) {

    static ErpColumns of(RecordType type, String parameter) {
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        for (String pair : parameter == null ? new String[0] : parameter.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw invalid("'" + pair.trim() + "' is not field=column");
            }
            String field = pair.substring(0, equals).trim();
            String column = pair.substring(equals + 1).trim();
            if (!type.fields().contains(field)) {
                throw invalid("'" + field + "' is not a field of " + type + " (one of " + String.join(", ", type.fields()) + ")");
            }
            if (column.isEmpty()) {
                throw invalid("no column given for " + field);
            }
            List<String> columns = mapped.computeIfAbsent(field, f -> new ArrayList<>());
            if (!columns.isEmpty() && !type.isMultiValued(field)) {
                throw invalid(field + " is mapped twice; only emails and phones may take several columns");
            }
            columns.add(column);
        }
        return new ErpColumns(type, mapped);
    }

    /** Every column mapped, and the column of every required field, must be in the header. */
    void requireIn(CsvHeader header) {
        mapped.forEach((field, columns) -> columns.forEach(column ->
                header.require(column, "job parameter columns: " + field + "=" + column)));
        type.required().stream().filter(field -> !mapped.containsKey(field)).forEach(field ->
                header.require(field, "the required field " + field + "; map it to a column with job parameter columns"));
    }

    List<String> columnsOf(String field) {
        return mapped.getOrDefault(field, List.of(field));
    }

    String columnOf(String field) {
        return columnsOf(field).get(0);
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException("Job parameter columns: " + reason);
    }
}
