package io.threadline.it.bench;

import io.threadline.it.Api;
import io.threadline.it.BatchJobs;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The knowledge base numbers of docs/performance.md: {@value #ARTICLES} published articles (4 in 5 English, the rest
 * German) written straight into the table, their words drawn as in real text (a few words very often, most rarely:
 * the help words below first, then {@value #RARE_WORDS} made-up product words per language, by a power law), the index rebuilt by the {@code knowledge-reindex} job (timed from
 * submission to COMPLETED), then {@value #SEARCHES} searches of one to three words, some misspelt, through the public
 * {@code GET /api/v1/knowledge/articles} (as an editor, whom the public rate does not hold), after {@value #WARM_UP}
 * searches not timed. Not part of the test suite;
 * run alone: {@code ./mvnw -B -o clean verify -Dit.test=KnowledgeSearchBenchmark}. Generated rows have ids from
 * 50,000,000 on, far above what the sequence hands out in a test run.
 */
class KnowledgeSearchBenchmark extends ContainerTest {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 10_000);
    private static final int SEARCHES = 1_000;
    /** Searches before the timed ones, not timed: a server in use has run its search code often. */
    private static final int WARM_UP = 500;
    private static final long FIRST_ID = 50_000_000L;
    private static final int RARE_WORDS = 3_000;
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ver", "sta", "ren", "ul", "po", "dex", "tor", "an",
            "bri", "sel", "mu", "go", "nix", "ta", "fen", "dor", "quil"};
    private static final String[] EN = ("order delivery parcel refund return label invoice charged twice size exchange "
            + "store opening hours address shipping customs tracking number payment card account password login discount "
            + "coupon gift voucher warranty repair damaged missing late cancel subscription plan upgrade email phone "
            + "jacket gloves boots lamp zipper battery charger assembly instructions care cleaning leather wool cotton "
            + "loyalty points membership newsletter privacy data export delete business invoice tax receipt pickup locker "
            + "installation appointment technician spare parts manual recall safety allergy ingredients nutrition").split(" ");
    private static final String[] DE = ("bestellung lieferung paket erstattung rücksendung etikett rechnung größe umtausch "
            + "filiale öffnungszeiten adresse versand zoll sendungsverfolgung zahlung karte konto passwort anmeldung rabatt "
            + "gutschein garantie reparatur beschädigt fehlt verspätet kündigen abonnement jacke handschuhe stiefel lampe "
            + "reißverschluss akku ladegerät montage anleitung pflege reinigung leder wolle baumwolle treuepunkte "
            + "mitgliedschaft datenschutz abholung packstation termin ersatzteile rückruf sicherheit").split(" ");
    private static final String[] EN_VOCABULARY = vocabulary(EN);
    private static final String[] DE_VOCABULARY = vocabulary(DE);

    /** The help words, then made-up product words: "kalover", "stamidex", ... */
    private static String[] vocabulary(String[] common) {
        String[] words = new String[common.length + RARE_WORDS];
        System.arraycopy(common, 0, words, 0, common.length);
        for (int i = 0; i < RARE_WORDS; i++) {
            words[common.length + i] = SYLLABLES[i % 20] + SYLLABLES[(i / 20) % 20] + SYLLABLES[(i / 400) % 20];
        }
        return words;
    }

    /** A word by a power law: the first (the help words) far more often than the last. */
    private static String word(Random random, String[] vocabulary) {
        return vocabulary[(int) (Math.pow(random.nextDouble(), 3) * vocabulary.length)];
    }

    @Test
    void measure() throws Exception {
        Random random = new Random(7);
        generate(random);
        StringBuilder report = new StringBuilder();
        BatchJobs jobs = new BatchJobs(base);
        double rebuild = jobs.secondsToComplete("knowledge-reindex", Map.of(), Duration.ofMinutes(10));
        report.append(String.format(Locale.ROOT, "knowledge-reindex of %,d articles (+ the demo's): %.1f s from submission to COMPLETED%n%n",
                ARTICLES, rebuild));

        Api editor = Api.as(base, "sam");
        queries(new Random(11), WARM_UP).forEach(q -> search(editor, q));
        List<String[]> queries = queries(random, SEARCHES);
        long[] millis = new long[SEARCHES];
        long start = System.nanoTime();
        for (int i = 0; i < SEARCHES; i++) {
            long before = System.nanoTime();
            search(editor, queries.get(i));
            millis[i] = (System.nanoTime() - before) / 1_000_000;
        }
        LatencyStats stats = LatencyStats.of("article search, " + ARTICLES + " articles", millis, (System.nanoTime() - start) / 1e9);
        report.append(LatencyStats.header().replace("messages", "searches").replace("msg/s", "searches/s"))
                .append('\n').append(stats.row()).append('\n');
        System.out.println(report);
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.writeString(dir.resolveSibling("knowledge-benchmark-results.md"), report);
    }

    private static void search(Api editor, String[] query) {
        Api.Reply reply = editor.get("/api/v1/knowledge/articles?lang=" + query[0] + "&q="
                + URLEncoder.encode(query[1], StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
    }

    /** Language and words: one to three words of the vocabulary, every fifth word misspelt (two letters swapped). */
    private static List<String[]> queries(Random random, int count) {
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean german = random.nextInt(5) == 0;
            String[] words = german ? DE_VOCABULARY : EN_VOCABULARY;
            StringBuilder q = new StringBuilder();
            for (int w = 1 + random.nextInt(3); w > 0; w--) {
                String word = word(random, words);
                if (random.nextInt(5) == 0 && word.length() > 4) {
                    int at = 1 + random.nextInt(word.length() - 3);
                    word = word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                }
                q.append(q.isEmpty() ? "" : " ").append(word);
            }
            queries.add(new String[] {german ? "de" : "en", q.toString()});
        }
        return queries;
    }

    private static void generate(Random random) throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection(); PreparedStatement article = c.prepareStatement("INSERT INTO KNOWLEDGE_ARTICLE"
                + " (ID, TRANSLATION_GROUP, LANGUAGE, SLUG, TITLE, BODY, BODY_HTML, CATEGORY, TAGS, STATUS, REVISION,"
                + " HELPFUL_YES, HELPFUL_NO, CREATED_AT, UPDATED_AT, UPDATED_BY, PUBLISHED_AT, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 1, 0, 0, ?, ?, 'bench', ?, 1)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < ARTICLES; i++) {
                boolean german = i % 5 == 4;
                String[] words = german ? DE_VOCABULARY : EN_VOCABULARY;
                String title = sentence(random, words, 4 + random.nextInt(5));
                StringBuilder body = new StringBuilder();
                for (int p = 2 + random.nextInt(4); p > 0; p--) {
                    body.append(sentence(random, words, 20 + random.nextInt(40))).append(".\n\n");
                }
                long id = FIRST_ID + i;
                article.setLong(1, id);
                article.setLong(2, id);
                article.setString(3, german ? "de" : "en");
                String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                article.setString(4, slug.substring(0, Math.min(slug.length(), 120)));
                article.setString(5, title);
                article.setString(6, body.toString());
                article.setString(7, "<p>" + body.toString().strip().replace("\n\n", "</p>\n<p>") + "</p>");
                article.setString(8, "Topic " + random.nextInt(40));
                article.setString(9, word(random, words) + "," + word(random, words));
                article.setTimestamp(10, now);
                article.setTimestamp(11, now);
                article.setTimestamp(12, now);
                article.addBatch();
                if (i % 500 == 499) {
                    article.executeBatch();
                    c.commit();
                }
            }
            article.executeBatch();
            c.commit();
        }
    }

    private static String sentence(Random random, String[] words, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word(random, words));
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
