package io.threadline.it.bench;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the database takes the rows erp-import must write for an order of two lines, with nothing else done: its
 * receipt, the order, its two lines and its timeline entry, as plain JDBC batches of 500 orders, committed per batch,
 * on one or more threads. Run against a copy of a database the benchmark has filled (each table needs a row to copy;
 * the timeline an order's entry); what it adds stays there. Usage:
 * {@code ErpWriteCeiling <jdbc url> <orders per thread> <threads>}.
 */
public final class ErpWriteCeiling {

    private static final int BATCH = 500;
    private static final long FIRST_ID = 8_000_000_000_000L;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int orders = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        long run = System.currentTimeMillis() % 100_000 * 1_000_000;
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long firstId = FIRST_ID + run + (long) t * orders;
            Thread writer = new Thread(() -> {
                try {
                    write(url, firstId, orders);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a writer failed", failures.get(0));
        }
        long total = (long) orders * threads;
        System.out.printf(Locale.ROOT, "%,d orders of 2 lines on %d thread(s) in %.2f s = %,.0f orders/s = %,.0f order rows/s%n",
                total, threads, seconds, total / seconds, 2 * total / seconds);
    }

    private static void write(String url, long firstId, int orders) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            TableCopy receipts = new TableCopy(connection, "ERP_MESSAGE_RECEIPT", "1 = 1");
            TableCopy orderRows = new TableCopy(connection, "ERP_ORDER", "1 = 1");
            TableCopy lines = new TableCopy(connection, "ERP_ORDER_LINE", "1 = 1");
            TableCopy entries = new TableCopy(connection, "TIMELINE_ENTRY", "ORDER_NUMBERS IS NOT NULL");
            for (int batchStart = 0; batchStart < orders; batchStart += BATCH) {
                for (int i = batchStart; i < Math.min(orders, batchStart + BATCH); i++) {
                    long id = firstId + i;
                    receipts.add(Map.of("MESSAGE_ID", "ceiling-" + id));
                    orderRows.add(Map.of("ID", id, "ORDER_NUMBER", "CEILING-" + id));
                    lines.add(Map.of("ORDER_ID", id, "POSITION", 0));
                    lines.add(Map.of("ORDER_ID", id, "POSITION", 1));
                    entries.add(Map.of("ID", id, "ORDER_NUMBERS", "CEILING-" + id));
                }
                receipts.write();
                orderRows.write();
                lines.write();
                entries.write();
                connection.commit();
            }
        }
    }

    /** Inserts copies of one of the table's rows, with the columns given replaced. */
    private static final class TableCopy {

        private final List<String> columns = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();
        private final PreparedStatement insert;

        TableCopy(Connection connection, String table, String where) throws SQLException {
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT * FROM " + table + " WHERE " + where + " FETCH FIRST 1 ROWS ONLY")) {
                if (!row.next()) {
                    throw new IllegalStateException(table + " has no row to copy");
                }
                ResultSetMetaData meta = row.getMetaData();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = row.getObject(c);
                    columns.add(meta.getColumnName(c));
                    values.add(value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                }
            }
            insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
        }

        void add(Map<String, Object> replaced) throws SQLException {
            for (int c = 0; c < columns.size(); c++) {
                insert.setObject(c + 1, replaced.getOrDefault(columns.get(c), values.get(c)));
            }
            insert.addBatch();
        }

        void write() throws SQLException {
            insert.executeBatch();
        }
    }
}
