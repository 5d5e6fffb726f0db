package io.threadline.it.bench;

import io.threadline.it.Api;
import io.threadline.it.BatchJobs;
import io.threadline.it.ContainerTest;
import io.threadline.it.SupportRows;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The similar-conversations numbers of docs/performance.md: {@value #DEFAULT_CONVERSATIONS} resolved conversations
 * (English, by email; {@value #CONVERSATIONS_PER_CUSTOMER} per customer) written straight into the tables, each about
 * one of {@value #TOPICS} problems: a made-up product and two symptoms of a few dozen, told in one to three customer
 * messages of 12 to 40 words among common support words drawn by a power law, and answered by one or two replies of
 * alice's, the last naming the fix. Then the index is rebuilt by the {@code similar-conversations-reindex} job (timed
 * from submission to COMPLETED), and {@value #QUERIES} random conversations' suggestions are asked through
 * {@code GET /api/v1/conversations/{id}/suggestions} one after the other as alice, after {@value #WARM_UP} not timed;
 * also how often the most similar conversation is about the same problem. Everything written is deleted at the end
 * and the index rebuilt, since the test database is shared. Not part of the test suite (its name does not end in IT);
 * run alone: {@code ./mvnw -B -o -pl ear clean verify -Dit.test=SimilarConversationsBenchmark}
 * ({@code -Dbench.conversations=N} for another size). Generated rows have ids from {@value #FIRST_ID} on, far above
 * what the sequences hand out in a test run and apart from the other data sets' ranges.
 */
class SimilarConversationsBenchmark extends ContainerTest {

    private static final int DEFAULT_CONVERSATIONS = 100_000;
    private static final int CONVERSATIONS = Integer.getInteger("bench.conversations", DEFAULT_CONVERSATIONS);
    private static final int CONVERSATIONS_PER_CUSTOMER = 4;
    private static final int TOPICS = 2_000;
    private static final int QUERIES = 400;
    private static final int WARM_UP = 100;
    private static final long FIRST_ID = 7_000_000_000_000L;
    private static final Instant FIRST_OPENED = Instant.parse("2024-01-01T08:00:00Z");
    /** Made-up product names, from the knowledge benchmark's syllables. */
    private static final String[] SYLLABLES = KnowledgeSearchBenchmark.SYLLABLES;
    private static final String[] SYMPTOMS = ("broken cracked leaking noisy rattling overheating flickering stuck "
            + "scratched missing late damaged wrong faded shrunk torn loose dead slow frozen locked unpaid charged "
            + "refused expired blocked duplicated discoloured smelly bent dented wet empty").split(" ");
    private static final String[] FIXES = ("replace reset descale tighten return exchange refund reship recharge "
            + "update unlock clean dry repair resend cancel reorder credit").split(" ");
    private static final String[] COMMON = ("hello hi please thanks thank you my order ordered bought yesterday today "
            + "week since again still help need want could would can why how when where what it is was the a and but "
            + "so now just really very after before got get have has received delivery parcel package invoice account "
            + "email phone store online website app support problem issue question urgent soon answer wait waiting "
            + "days time first second third new old one two three some any all").split(" ");

    /** Each topic: a product and two symptoms. */
    private record Topic(String product, String symptom, String other, String fix) {
    }

    @Test
    void measure() throws Exception {
        Random random = new Random(17);
        List<Topic> topics = topics(random);
        int[] topicOf = new int[CONVERSATIONS];
        StringBuilder report = new StringBuilder();
        BatchJobs jobs = new BatchJobs(base);
        try {
            long start = System.nanoTime();
            generate(random, topics, topicOf);
            report.append(String.format(Locale.ROOT, "%,d resolved conversations written in %.1f s%n", CONVERSATIONS,
                    (System.nanoTime() - start) / 1e9));
            double rebuild = jobs.secondsToComplete("similar-conversations-reindex", Map.of(), Duration.ofMinutes(30));
            report.append(String.format(Locale.ROOT, "similar-conversations-reindex of %,d resolved conversations (+ the"
                    + " test database's): %.1f s from submission to COMPLETED%n%n", CONVERSATIONS, rebuild));

            Api alice = Api.as(base, "alice");
            Random pick = new Random(23);
            for (int i = 0; i < WARM_UP; i++) {
                suggestions(alice, pick.nextInt(CONVERSATIONS));
            }
            long[] millis = new long[QUERIES];
            int sameTopic = 0;
            long began = System.nanoTime();
            for (int i = 0; i < QUERIES; i++) {
                int asked = pick.nextInt(CONVERSATIONS);
                long before = System.nanoTime();
                JsonObject answer = suggestions(alice, asked);
                millis[i] = (System.nanoTime() - before) / 1_000_000;
                List<JsonObject> similar = answer.getJsonArray("similar").getValuesAs(JsonObject.class);
                if (!similar.isEmpty()) {
                    long top = similar.get(0).getJsonNumber("conversationId").longValue() - FIRST_ID;
                    if (top >= 0 && top < CONVERSATIONS && topicOf[(int) top] == topicOf[asked]) {
                        sameTopic++;
                    }
                }
            }
            LatencyStats stats = LatencyStats.of("similar conversations, " + CONVERSATIONS + " resolved", millis,
                    (System.nanoTime() - began) / 1e9);
            report.append(LatencyStats.header().replace("messages", "requests").replace("msg/s", "requests/s"))
                    .append('\n').append(stats.row()).append('\n');
            report.append(String.format(Locale.ROOT, "%nThe most similar conversation is about the same problem in %d of %d"
                    + " requests.%n", sameTopic, QUERIES));
            System.out.println(report);
            Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
            Files.writeString(dir.resolveSibling("similar-benchmark-results.md"), report);
        } finally {
            delete();
            jobs.secondsToComplete("similar-conversations-reindex", Map.of(), Duration.ofMinutes(10));
        }
    }

    private static JsonObject suggestions(Api alice, int conversation) {
        Api.Reply reply = alice.get("/api/v1/conversations/" + (FIRST_ID + conversation) + "/suggestions");
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static List<Topic> topics(Random random) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < TOPICS; i++) {
            String product = SYLLABLES[i % 20] + SYLLABLES[(i / 20) % 20] + SYLLABLES[(i / 400) % 20] + "o";
            int symptom = random.nextInt(SYMPTOMS.length);
            topics.add(new Topic(product, SYMPTOMS[symptom], SYMPTOMS[(symptom + 1 + random.nextInt(SYMPTOMS.length - 1))
                    % SYMPTOMS.length], FIXES[random.nextInt(FIXES.length)]));
        }
        return topics;
    }

    /** A common word by a power law: the first far more often than the last. */
    private static String common(Random random) {
        return COMMON[(int) (Math.pow(random.nextDouble(), 2) * COMMON.length)];
    }

    /** A customer's message: mostly common words, every fourth word or so about the problem. */
    private static String message(Random random, Topic topic) {
        StringBuilder text = new StringBuilder();
        for (int w = 12 + random.nextInt(29); w > 0; w--) {
            String word = switch (random.nextInt(12)) {
                case 0 -> topic.product();
                case 1 -> topic.symptom();
                case 2 -> topic.other();
                default -> common(random);
            };
            text.append(text.isEmpty() ? "" : " ").append(word);
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
    }

    private static void generate(Random random, List<Topic> topics, int[] topicOf) throws Exception {
        try (Connection c = db().getConnection(); SupportRows rows = new SupportRows(c, 1_000)) {
            c.setAutoCommit(false);
            long entry = FIRST_ID;
            for (int i = 0; i < CONVERSATIONS; i++) {
                long id = FIRST_ID + i;
                long customer = FIRST_ID + i / CONVERSATIONS_PER_CUSTOMER;
                Instant opened = FIRST_OPENED.plus(Duration.ofMinutes(7L * i));
                if (i % CONVERSATIONS_PER_CUSTOMER == 0) {
                    rows.customer(customer, "Bench Customer " + (i / CONVERSATIONS_PER_CUSTOMER), opened);
                }
                topicOf[i] = random.nextInt(TOPICS);
                Topic topic = topics.get(topicOf[i]);
                int asks = 1 + random.nextInt(3);
                Instant resolved = opened.plus(Duration.ofMinutes(10L * (asks + 1)));
                rows.conversation(new SupportRows.Conversation(id, customer, "EMAIL", "default", "alice", opened,
                        opened.plus(Duration.ofMinutes(5)), resolved, null, null, null, null, null, null));
                for (int m = 0; m < asks; m++) {
                    Instant at = opened.plus(Duration.ofMinutes(10L * m));
                    rows.message(entry++, new SupportRows.Message(id, customer, "EMAIL", true, at, null), "Bench Customer",
                            message(random, topic));
                    if (m < asks - 1 && random.nextBoolean()) {
                        rows.message(entry++, new SupportRows.Message(id, customer, "EMAIL", false, at.plus(Duration.ofMinutes(5)),
                                null), "alice", "Thanks for writing; could you tell me more about the " + topic.product() + "?");
                    }
                }
                rows.message(entry++, new SupportRows.Message(id, customer, "EMAIL", false, resolved.minus(Duration.ofMinutes(1)),
                        null), "alice", "Sorry the " + topic.product() + " is " + topic.symptom() + ". Please "
                        + topic.fix() + " it as described in the manual; write again if it stays " + topic.other() + ".");
                if (i % 1_000 == 999) {
                    rows.flush();
                    c.commit();
                }
            }
            rows.flush();
            try (PreparedStatement language = c.prepareStatement("UPDATE CONVERSATION SET LANGUAGE = 'en' WHERE ID BETWEEN ? AND ?")) {
                language.setLong(1, FIRST_ID);
                language.setLong(2, FIRST_ID + CONVERSATIONS - 1);
                language.executeUpdate();
            }
            c.commit();
        }
    }

    /** Removes every row written, children first, in slices that keep each transaction small. */
    private static void delete() throws Exception {
        try (Connection c = db().getConnection()) {
            c.setAutoCommit(false);
            for (String sql : List.of("DELETE FROM TIMELINE_ENTRY WHERE CONVERSATION_ID BETWEEN ? AND ?",
                    "DELETE FROM CONVERSATION WHERE ID BETWEEN ? AND ?",
                    "DELETE FROM CUSTOMER WHERE ID BETWEEN ? AND ?")) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    for (long from = FIRST_ID; from < FIRST_ID + CONVERSATIONS; from += 10_000) {
                        delete.setLong(1, from);
                        delete.setLong(2, from + 9_999);
                        delete.executeUpdate();
                        c.commit();
                    }
                }
            }
        }
    }

    private static DataSource db() throws Exception {
        return (DataSource) new InitialContext().lookup("jdbc/threadline");
    }
}
