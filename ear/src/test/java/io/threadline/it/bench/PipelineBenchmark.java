package io.threadline.it.bench;

import io.threadline.it.Api;
import io.threadline.it.BatchJobs;
import io.threadline.it.ContainerTest;
import io.threadline.it.Messages;
import io.threadline.it.Metrics;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark of docs/performance.md, run inside the server it measures (-Pbenchmark):
 * <ol>
 * <li>the ceiling: N bare persistent JMS send+receive on the diagnostics queue, no processing;</li>
 * <li>N canonical messages put on jms/crm/InboundQueue, accepted to visible on the timeline;</li>
 * <li>N canonical messages posted to POST /api/v1/messages by concurrent clients, the same;</li>
 * <li>N ERP order.upsert messages (3 lines, every fifth an update) put on jms/crm/ErpQueue, sent to applied;</li>
 * <li>N/5 agents' SMS replies posted to the API, accepted to received by a local Twilio ({@link ReplyThroughput});</li>
 * <li>customer-import of a generated CSV file;</li>
 * <li>erp-import of generated files of customers and of orders ({@link ErpImportRun});</li>
 * <li>a generated support history of quiet days and a busy one ({@link AnalyticsHistory}), nightly-analytics of each
 * day ({@link NightlyAnalyticsRun}) and the reports over 90 days up to the busy day ({@link ReportLatency}).</li>
 * </ol>
 * Messages come from N/4 distinct customers over email, SMS, WhatsApp and chat, so identities repeat
 * ({@link BenchmarkMessages}). With {@code bench.configuration=realistic} (the default) the routing, SLA and
 * automation configuration of {@link RealisticConfiguration} is loaded through the admin API before anything is
 * measured and removed after the JMS and HTTP runs; with {@code none} the server has none.
 * Latency is the time from acceptance (the JMS timestamp the inbound message carries) to the time the
 * timeline entry was written (committed with it). Results go to benchmark-results.md in the server's output
 * directory, and to its console log.
 */
class PipelineBenchmark extends ContainerTest {

    private int messages;
    private int importRows;
    private int clients;
    private BenchmarkMessages texts;

    @Test
    void measure() throws Exception {
        messages = setting("bench.messages", 10_000);
        importRows = setting("bench.import-rows", 100_000);
        clients = setting("bench.clients", 8);
        texts = new BenchmarkMessages(messages);
        String configuration = ConfigProvider.getConfig().getOptionalValue("bench.configuration", String.class).orElse("realistic");
        Optional<RealisticConfiguration> realistic = switch (configuration) {
            case "realistic" -> Optional.of(new RealisticConfiguration(base, Messages.unique()));
            case "none" -> Optional.empty();
            default -> throw new IllegalArgumentException("bench.configuration is realistic or none, not " + configuration);
        };
        realistic.ifPresent(RealisticConfiguration::load);
        List<LatencyStats> runs;
        try {
            runs = List.of(bareJms(), throughQueue(), throughApi(), new ErpThroughput(messages).run(),
                    new ReplyThroughput(base, setting("bench.replies", messages / 5), clients).run());
        } finally {
            realistic.ifPresent(RealisticConfiguration::remove);
        }
        LatencyStats ceiling = runs.get(0);
        LatencyStats jms = runs.get(1);
        LatencyStats http = runs.get(2);
        Metrics metrics = new Metrics(base);
        String racesRow = String.format(Locale.ROOT, "JMS and HTTP runs: %.0f identity races, %.0f failed delivery attempts",
                metrics.counter("threadline_identity_races"), metrics.counter("threadline_inbound_failed"));
        String importRow = customerImport();
        String erpImportRow = new ErpImportRun(base).run(setting("bench.erp-rows", 200_000));
        String analyticsRows = analytics();

        String report = String.format(Locale.ROOT, """
                # Benchmark %s
                %s cores, max heap %d MiB, database %s, configuration %s

                %s
                %s

                End to end vs. ceiling: JMS %.0f%%, HTTP %.0f%%
                %s

                %s
                %s

                %s
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                databaseProduct(), configuration, LatencyStats.header(), String.join("\n", runs.stream().map(LatencyStats::row).toList()),
                100 * jms.perSecond() / ceiling.perSecond(), 100 * http.perSecond() / ceiling.perSecond(), racesRow, importRow, erpImportRow, analyticsRows);
        Files.writeString(ImportDirectory.path().resolveSibling("benchmark-results.md"), report);
        System.out.println(report);
    }

    /** N persistent messages sent and received on a queue nothing else uses; latency from send to receipt. */
    private LatencyStats bareJms() throws Exception {
        ConnectionFactory factory = lookup("jms/crm/ConnectionFactory");
        Queue queue = lookup("jms/crm/DiagnosticsQueue");
        drain(factory, queue);
        long[] latencies = new long[messages];
        AtomicInteger received = new AtomicInteger();
        ExecutorService consumers = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(consumers.submit(() -> {
                try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                    JMSConsumer consumer = jms.createConsumer(queue);
                    while (true) {
                        int slot = received.getAndIncrement();
                        if (slot >= messages) {
                            return null;
                        }
                        jakarta.jms.Message message = consumer.receive(60_000);
                        if (message == null) {
                            throw new IllegalStateException("diagnostics queue ran dry after " + slot + " messages");
                        }
                        latencies[slot] = System.currentTimeMillis() - message.getJMSTimestamp();
                    }
                }
            }));
        }
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < messages; i++) {
                producer.send(queue, texts.message(i, "ceiling"));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        consumers.shutdown();
        return LatencyStats.of("bare persistent JMS send+receive (ceiling)", latencies, (System.nanoTime() - start) / 1e9);
    }

    private LatencyStats throughQueue() throws Exception {
        String run = "bench-jms-" + Messages.unique();
        ConnectionFactory factory = lookup("jms/crm/ConnectionFactory");
        Queue inbound = lookup("jms/crm/InboundQueue");
        Instant first = Instant.now();
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < messages; i++) {
                producer.send(inbound, texts.message(i, run));
            }
        }
        return awaitTimeline("JMS queue → timeline", run, first);
    }

    private LatencyStats throughApi() throws Exception {
        String run = "bench-api-" + Messages.unique();
        Api erp = Api.as(base, "erp");
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant first = Instant.now();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                    Api.Reply reply = erp.post("/api/v1/messages", texts.message(i, run));
                    if (reply.status() != 202) {
                        throw new IllegalStateException("message " + i + " answered " + reply.status() + ": " + reply.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return awaitTimeline("HTTP API → timeline", run, first);
    }

    /** Waits until every message of the run is on a timeline, then reads acceptance and recording times. */
    private LatencyStats awaitTimeline(String name, String run, Instant first) throws Exception {
        DataSource db = lookup("jdbc/threadline");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (count(db, run) < messages) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + ": only " + count(db, run) + " of " + messages + " messages arrived");
            }
            Thread.sleep(250);
        }
        long[] latencies = new long[messages];
        Instant last = first;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT RECEIVED_AT, RECORDED_AT FROM TIMELINE_ENTRY WHERE EXTERNAL_ID LIKE ?")) {
            s.setString(1, run + "-%");
            try (ResultSet rs = s.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    Instant received = rs.getTimestamp(1).toInstant();
                    Instant recorded = rs.getTimestamp(2).toInstant();
                    latencies[i++] = Duration.between(received, recorded).toMillis();
                    if (recorded.isAfter(last)) {
                        last = recorded;
                    }
                }
                assertEquals(messages, i, "one timeline entry per message");
            }
        }
        return LatencyStats.of(name, latencies, Duration.between(first, last).toNanos() / 1e9);
    }

    private String customerImport() throws Exception {
        String run = Messages.unique();
        Path input = ImportDirectory.write("bench-" + run + ".csv", "customer_number,name,email,phone", importRows,
                i -> String.format(Locale.ROOT, "B%s-%d,Customer %d,c%d.%s@example.com,+1415%03d%04d",
                        run, i, i, i, run, 220 + (i / 10_000) % 70, i % 10_000));
        double seconds = new BatchJobs(base).secondsToComplete("customer-import",
                Map.of("inputFile", input.getFileName().toString(), "source", "benchmark"), Duration.ofHours(2));
        return String.format(Locale.ROOT, "customer-import: %d rows in %.1f s = %.0f rows/s (chunk size 500)",
                importRows, seconds, importRows / seconds);
    }

    /** The history generated, nightly-analytics of each of its days, and the reports over the days up to the busy one. */
    private String analytics() throws Exception {
        AnalyticsHistory history = new AnalyticsHistory(setting("bench.analytics-customers", 50_000),
                setting("bench.quiet-days", 29), setting("bench.quiet-day", 30_000), setting("bench.busy-day", 1_000_000));
        double generated = history.write();
        String jobs = new NightlyAnalyticsRun(base).run(history);
        return String.format(Locale.ROOT, """
                analytics history (not measured): %,d customers, %,d interactions on %s to %s, written in %.1f s = %,.0f interactions/s
                %s

                %s""", history.customers, history.interactions(), history.firstDay(), history.busy, generated,
                history.interactions() / generated, jobs, new ReportLatency(base, setting("bench.report-requests", 20)).table(history.busy.minusDays(AnalyticsHistory.REPORT_DAYS - 1L), history.busy));
    }

    private static int count(DataSource db, String run) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM TIMELINE_ENTRY WHERE EXTERNAL_ID LIKE ?")) {
            s.setString(1, run + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void drain(ConnectionFactory factory, Queue queue) {
        try (JMSContext jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE); JMSConsumer consumer = jms.createConsumer(queue)) {
            while (consumer.receive(200) != null) {
                // leftovers of an interrupted earlier run
            }
        }
    }

    private static String databaseProduct() throws Exception {
        try (Connection c = ((DataSource) lookup("jdbc/threadline")).getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Benchmark sizes come from the server environment (BENCH_messages, ...), set by the benchmark profile. */
    private static int setting(String key, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) throws Exception {
        return (T) new InitialContext().lookup(name);
    }
}
