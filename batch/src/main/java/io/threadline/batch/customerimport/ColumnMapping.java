package io.threadline.batch.customerimport;

import io.threadline.batch.csv.CsvHeader;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which CSV columns hold the name, the emails, the phones and the external customer number
 * (job parameters nameColumn, emailColumns, phoneColumns, customerNumberColumn; lists are comma-separated).
 */
public record ColumnMapping(String name, List<String> emails, List<String> phones, String customerNumber) {

    public static ColumnMapping of(String name, String emails, String phones, String customerNumber) {
        return new ColumnMapping(blankToNull(name), list(emails), list(phones), blankToNull(customerNumber));
    }

    /** Fails with a message naming the first mapped column that the file's header lacks. */
    public void requireIn(CsvHeader header) {
        Map<String, List<String>> mapped = Map.of(
                "nameColumn", name == null ? List.of() : List.of(name),
                "emailColumns", emails,
                "phoneColumns", phones,
                "customerNumberColumn", customerNumber == null ? List.of() : List.of(customerNumber));
        mapped.forEach((parameter, columns) -> columns.forEach(column -> header.require(column, "job parameter " + parameter)));
        if (emails.isEmpty() && phones.isEmpty() && customerNumber == null) {
            throw new IllegalArgumentException("No identity column mapped: set emailColumns, phoneColumns or customerNumberColumn");
        }
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Stream.of(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
