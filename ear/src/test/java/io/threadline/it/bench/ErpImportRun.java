package io.threadline.it.bench;

import io.threadline.it.BatchJobs;
import io.threadline.it.Messages;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * erp-import of generated ERP exports through Liberty's batch REST API as otto: first a file of customers (one per
 * {@value #ORDERS_PER_CUSTOMER} orders), then the measured one, of orders with {@value #LINES} lines each, one row per
 * line. Both use the fields' own names as columns and the default chunk size; no row may be rejected.
 */
final class ErpImportRun {

    private static final int ORDERS_PER_CUSTOMER = 10;
    private static final int LINES = 2;
    private static final Duration LIMIT = Duration.ofHours(2);

    private final BatchJobs jobs;

    ErpImportRun(URL base) {
        jobs = new BatchJobs(base);
    }

    /** Imports about {@code rows} order rows; the result line. */
    String run(int rows) throws Exception {
        String run = Messages.unique();
        int orders = Math.max(1, rows / LINES);
        int customers = Math.max(1, orders / ORDERS_PER_CUSTOMER);
        Path customerFile = ImportDirectory.write("bench-erp-" + run + "-customers.csv",
                "customerNumber,firstName,lastName,emails,segment,updatedAt", customers,
                i -> String.format(Locale.ROOT, "E%s-%d,Erp,Customer %d,e%d.%s@erp.bench.example,Gold,2026-11-01T00:00:00Z",
                        run, i, i, i, run));
        double customerSeconds = imported(customerFile, "customers");
        Path orderFile = ImportDirectory.write("bench-erp-" + run + "-orders.csv",
                "orderNumber,customerNumber,status,placedAt,currency,total,sku,itemName,quantity,price,updatedAt",
                orders * LINES, i -> String.format(Locale.ROOT,
                        "SO-%s-%d,E%s-%d,placed,2026-11-20T10:00:00Z,EUR,39.80,SKU-%d,Item %d,1,19.90,2026-11-20T10:00:00Z",
                        run, i / LINES, run, i / LINES % customers, i % LINES, i % LINES));
        double orderSeconds = imported(orderFile, "orders");
        return String.format(Locale.ROOT, "erp-import: **%,d order rows** (%,d orders of %d lines) in %.1f s = **%,.0f rows/s**;"
                        + " before them %,d customers in %.1f s = %,.0f rows/s (chunk size 500)",
                orders * LINES, orders, LINES, orderSeconds, orders * LINES / orderSeconds, customers, customerSeconds,
                customers / customerSeconds);
    }

    private double imported(Path file, String recordType) {
        double seconds = jobs.secondsToComplete("erp-import",
                Map.of("inputFile", file.getFileName().toString(), "recordType", recordType), LIMIT);
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ".rejects.csv")), "no " + recordType + " rejected");
        return seconds;
    }
}
