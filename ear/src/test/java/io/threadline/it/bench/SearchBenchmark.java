package io.threadline.it.bench;

import io.threadline.it.Api;
import io.threadline.it.ContainerTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search numbers of docs/performance.md: 20 searches through {@code GET /api/v1/search} (as an agent, every group),
 * first on the demo data, then after generating a larger data set straight into the tables (customers with an
 * email and a phone, one conversation each, entries of common words). Not part of the test suite; run alone:
 * {@code ./mvnw -B -o clean verify -Dit.test=SearchBenchmark} (20,000 customers and 100,000 entries; generated rows have
 * ids from 50,000,000 on, far above what the sequences hand out in a test run).
 */
class SearchBenchmark extends ContainerTest {

    private static final int CUSTOMERS = 20_000;
    private static final int ENTRIES = 100_000;
    private static final long FIRST_ID = 50_000_000L;
    private static final String[] FIRST = {"Sarah", "Tom", "Helen", "Marco", "Priya", "Ines", "Olga", "Noor", "Lena", "Kim",
            "James", "Maria", "David", "Anna", "Luis", "Emma", "Yuki", "Omar", "Chloe", "Ivan"};
    private static final String[] LAST = {"Lee", "Park", "Rossi", "Shah", "Varga", "Berg", "Rahman", "Fischer", "Ode", "Miller",
            "Garcia", "Novak", "Smith", "Jones", "Silva", "Kowalski", "Tanaka", "Haddad", "Martin", "Petrov"};
    private static final String[] WORDS = ("order delivery parcel refund return label invoice charged twice size medium large "
            + "store open sunday address change week shipping canada exchange lamp zipper broken replacement tracking number "
            + "payment card account password login discount coupon gift voucher warranty repair damaged missing late today "
            + "tomorrow please thanks hello question help support cancel subscription plan upgrade email phone call back").split(" ");
    private static final String[] QUERIES = {"sarah", "lee", "helen park", "miller", "(415) 555-0142", "+14155550142",
            "c1234.", "@example.com", "refund", "return label", "charged twice", "48213", "zipper", "canada", "voucher",
            "sunday", "invoice 2026-118", "nothing matches this", "warranty repair", "ab"};

    @Test
    void measure() throws Exception {
        Api agent = Api.as(base, "alice");
        StringBuilder report = new StringBuilder("| data | searches | median ms | max ms |\n| --- | --- | --- | --- |\n");
        report.append(row("demo data", agent));
        generate();
        report.append(row(CUSTOMERS + " customers, " + ENTRIES + " entries (+ demo data)", agent));
        System.out.println(report);
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.writeString(dir.resolveSibling("search-benchmark-results.md"), report);
    }

    private static final List<String> QUERIES_WARM_UP = List.of("warm", "up");

    private String row(String data, Api agent) {
        QUERIES_WARM_UP.forEach(q -> search(agent, q));
        List<Long> millis = new ArrayList<>();
        for (String q : QUERIES) {
            long start = System.nanoTime();
            search(agent, q);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.println("Search times (ms) on " + data + ": " + millis);
        return String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", data, QUERIES.length, median, sorted.get(sorted.size() - 1));
    }

    private static void search(Api agent, String q) {
        Api.Reply reply = agent.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
    }

    private void generate() throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement customer = c.prepareStatement(
                    "INSERT INTO CUSTOMER (ID, DISPLAY_NAME, NAME_KEY, TIER, CREATED_AT, VERSION) VALUES (?, ?, ?, 'STANDARD', ?, 1)");
                 PreparedStatement identity = c.prepareStatement(
                         "INSERT INTO CUSTOMER_IDENTITY (ID, ID_TYPE, ID_VALUE, CUSTOMER_ID, SOURCE, FIRST_SEEN_AT) VALUES (?, ?, ?, ?, 'bench', ?)");
                 PreparedStatement conversation = c.prepareStatement(
                         "INSERT INTO CONVERSATION (ID, CUSTOMER_ID, STATUS, PRIORITY, QUEUE_NAME, SUBJECT, SUBJECT_KEY, STARTED_ON,"
                                 + " OPENED_AT, LAST_ACTIVITY_AT, VERSION) VALUES (?, ?, 'RESOLVED', 2, 'default', ?, ?, 'EMAIL', ?, ?, 1)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    long id = FIRST_ID + i;
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    customer.setLong(1, id);
                    customer.setString(2, name);
                    customer.setString(3, name.toLowerCase(Locale.ROOT));
                    customer.setTimestamp(4, now);
                    customer.addBatch();
                    identity.setLong(1, id * 2);
                    identity.setString(2, "EMAIL");
                    identity.setString(3, "c" + i + ".bench@example.com");
                    identity.setLong(4, id);
                    identity.setTimestamp(5, now);
                    identity.addBatch();
                    identity.setLong(1, id * 2 + 1);
                    identity.setString(2, "PHONE");
                    identity.setString(3, String.format(Locale.ROOT, "+1646%07d", i));
                    identity.setLong(4, id);
                    identity.setTimestamp(5, now);
                    identity.addBatch();
                    String subject = words(random, 4);
                    conversation.setLong(1, id);
                    conversation.setLong(2, id);
                    conversation.setString(3, subject);
                    conversation.setString(4, subject);
                    conversation.setTimestamp(5, now);
                    conversation.setTimestamp(6, now);
                    conversation.addBatch();
                    if (i % 1000 == 999) {
                        customer.executeBatch();
                        identity.executeBatch();
                        conversation.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement entry = c.prepareStatement("INSERT INTO TIMELINE_ENTRY (ID, CUSTOMER_ID, CONVERSATION_ID,"
                    + " ENTRY_TYPE, CHANNEL, DIRECTION, EXTERNAL_ID, AUTHOR, BODY, SEARCH_TEXT, OCCURRED_AT, RECEIVED_AT, RECORDED_AT)"
                    + " VALUES (?, ?, ?, 'MESSAGE', 'EMAIL', 'INBOUND', ?, 'bench', ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ENTRIES; i++) {
                    long customer = FIRST_ID + random.nextInt(CUSTOMERS);
                    String text = words(random, 12 + random.nextInt(30));
                    Timestamp at = Timestamp.from(Instant.now().minusSeconds(random.nextInt(90 * 24 * 3600)));
                    entry.setLong(1, FIRST_ID + i);
                    entry.setLong(2, customer);
                    entry.setLong(3, customer);
                    entry.setString(4, "bench-" + i);
                    entry.setString(5, text);
                    entry.setString(6, text.toLowerCase(Locale.ROOT));
                    entry.setTimestamp(7, at);
                    entry.setTimestamp(8, at);
                    entry.setTimestamp(9, at);
                    entry.addBatch();
                    if (i % 1000 == 999) {
                        entry.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
