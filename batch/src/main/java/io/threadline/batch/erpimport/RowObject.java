package io.threadline.batch.erpimport;

import io.threadline.batch.csv.CsvRow;
import io.threadline.batch.csv.InvalidRowException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object of a message filled from the cells of one row. It notes in {@code cells} the cell each field is read
 * from ({@code data.lines[1].quantity} → {@code qty on line 7}), blank or not, so that a refusal of the field (a value
 * that is wrong, or missing) can name the column.
 */
final class RowObject {

    private final JsonObjectBuilder json = Json.createObjectBuilder();
    private final String path;
    private final CsvRow row;
    private final String where;
    private final ErpColumns columns;
    private final ImportDates dates;
    private final Map<String, String> cells;
    private boolean empty = true;

    /** {@code where} tells the row's line ({@code " on line 7"}) when the record has several rows, else is empty. */
    RowObject(String path, CsvRow row, String where, ErpColumns columns, ImportDates dates, Map<String, String> cells) {
        this.path = path;
        this.row = row;
        this.where = where;
        this.columns = columns;
        this.dates = dates;
        this.cells = cells;
    }

    RowObject text(String field) {
        return text(field, field);
    }

    /** The field's cell under {@code key}, unless blank. */
    RowObject text(String key, String field) {
        cells.put(path + "." + key, cell(field));
        String value = value(field);
        if (value != null) {
            add(key, Json.createValue(value));
        }
        return this;
    }

    /** The field's time, as ISO-8601, unless blank. */
    RowObject time(String field) throws InvalidRowException {
        cells.put(path + "." + field, cell(field));
        Instant time = optionalTime(field);
        if (time != null) {
            add(field, Json.createValue(time.toString()));
        }
        return this;
    }

    /** The values in the field's columns, each cell split at ';', without repeats; nothing when there are none. */
    RowObject list(String field) {
        Set<String> values = new LinkedHashSet<>();
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String column : columns.columnsOf(field)) {
            String cell = row.values().get(column);
            for (String value : cell == null ? new String[0] : cell.split(";")) {
                if (!value.isBlank() && values.add(value.strip())) {
                    cells.put(path + "." + field + "[" + (values.size() - 1) + "]", column + where);
                    array.add(value.strip());
                }
            }
        }
        if (!values.isEmpty()) {
            add(field, array.build());
        }
        return this;
    }

    /** Another object under {@code key}, unless it is empty. */
    RowObject object(String key, RowObject object) {
        if (!object.isEmpty()) {
            add(key, object.build());
        }
        return this;
    }

    RowObject array(String key, JsonArrayBuilder array) {
        json.add(key, array);
        return this;
    }

    /** The field's cell, stripped; null when blank or when the file has no such column. */
    String value(String field) {
        String value = row.values().get(columns.columnOf(field));
        return value == null || value.isEmpty() ? null : value;
    }

    Instant requiredTime(String field) throws InvalidRowException {
        Instant time = optionalTime(field);
        if (time == null) {
            throw new InvalidRowException(cell(field) + ": is required");
        }
        return time;
    }

    Long wholeNumber(String field) throws InvalidRowException {
        String value = value(field);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRowException(cell(field) + ": '" + value + "' is not a whole number");
        }
    }

    boolean isEmpty() {
        return empty;
    }

    JsonObject build() {
        return json.build();
    }

    private Instant optionalTime(String field) throws InvalidRowException {
        String value = value(field);
        try {
            return value == null ? null : dates.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRowException(cell(field) + ": '" + value + "' is not a date in the format " + dates.describe());
        }
    }

    private void add(String key, JsonValue value) {
        json.add(key, value);
        empty = false;
    }

    private String cell(String field) {
        return columns.columnOf(field) + where;
    }
}
