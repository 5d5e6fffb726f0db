package io.threadline.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base through its API on the real server: editors write articles and translations, anyone finds the
 * published ones without signing in once the change is committed and announced, and bad input is refused by name.
 */
@RunAsClient
class KnowledgeBaseIT extends ContainerTest {

    private static String article(String title, String body, String language, String status, String extra) {
        return """
                {"title": "%s", "body": "%s", "language": "%s", "category": "Returns", "tags": ["returns"],
                 "status": "%s"%s}""".formatted(title, body, language, status, extra);
    }

    /** Anonymous, as the public searches; {@link #found} and {@link #gone} poll as an editor, whom the rate does not hold. */
    private List<JsonObject> search(String q, String lang) {
        return search(Api.as(base, null), q, lang);
    }

    private List<JsonObject> search(Api as, String q, String lang) {
        Api.Reply reply = as.get("/api/v1/knowledge/articles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&lang=" + lang);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private JsonObject found(String q, String lang, long id) {
        return Eventually.get("article " + id + " found by '" + q + "'", Duration.ofSeconds(20),
                () -> search(Api.as(base, "sam"), q, lang).stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst());
    }

    private void gone(String q, String lang, long id) {
        Eventually.get("article " + id + " no longer found by '" + q + "'", Duration.ofSeconds(20), () ->
                search(Api.as(base, "sam"), q, lang).stream().noneMatch(r -> r.getJsonNumber("id").longValue() == id)
                        ? Optional.of(true) : Optional.empty());
    }

    @Test
    void anEditorsPublishedArticleIsFoundByAnyoneAndItsChangesFollow() {
        String word = "zorblax" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "") + "ket"; // a plural the stemmer knows
        Api sam = Api.as(base, "sam");
        Api.Reply created = sam.post("/api/v1/knowledge/articles", article("Returning a " + word,
                "Print the **label** and send the " + word + " back. <script>alert(1)</script>", "en", "published", ""));
        assertEquals(201, created.status(), created.body());
        JsonObject view = created.object();
        long id = view.getJsonNumber("id").longValue();
        assertTrue(view.getString("html").contains("<strong>label</strong>"), view.toString());
        assertFalse(view.getString("html").contains("script"), "sanitized: " + view.getString("html"));
        assertEquals("/help/en/articles/" + id + "-returning-a-" + word, view.getString("url"));

        JsonObject result = found(word + "s", "en", id);
        assertEquals("Returning a " + word, result.getString("title"));
        assertEquals("en", result.getString("language"));
        assertEquals("Returns", result.getString("category"));
        assertEquals(view.getString("url"), result.getString("url"));
        assertTrue(result.getString("snippet").contains("<mark>" + word + "</mark>"), result.toString());
        assertEquals(200, Api.as(base, null).get("/api/v1/knowledge/articles/" + id).status(), "anyone reads it");

        String feedback = "/api/v1/knowledge/articles/" + id + "/feedback";
        Api reader = Api.as(base, null);
        assertEquals(200, reader.post(feedback, "{\"helpful\": true}").status());
        assertEquals(200, reader.post(feedback, "{\"helpful\": false}").status());
        JsonObject counts = reader.post(feedback, "{\"helpful\": true}").object();
        assertEquals(2, counts.getInt("helpfulYes"));
        assertEquals(1, counts.getInt("helpfulNo"));
        assertRefused(reader.post(feedback, "{\"helpful\": \"very\"}"), "helpful");
        assertEquals(2, sam.get("/api/v1/knowledge/articles/" + id).object().getInt("helpfulYes"), "the editor sees the count");

        assertEquals(200, sam.put("/api/v1/knowledge/articles/" + id, article("Sending back a " + word,
                "Changed: the quuxline way.", "en", "published", "")).status());
        found("quuxline", "en", id);
        List<JsonObject> revisions = sam.get("/api/v1/knowledge/articles/" + id + "/revisions").array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1), revisions.stream().map(r -> r.getInt("revision")).toList());
        assertTrue(revisions.stream().allMatch(r -> r.getString("changedBy").equals("sam")));
        assertEquals("Returning a " + word, revisions.get(1).getString("title"));
        Api.Reply stale = sam.put("/api/v1/knowledge/articles/" + id, article("Stale " + word, "Based on revision 1.",
                "en", "published", ", \"revision\": 1"));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.body().contains("sam saved revision 2 of this article while you edited revision 1"), stale.body());

        assertEquals(204, sam.delete("/api/v1/knowledge/articles/" + id).status());
        gone(word, "en", id);
        assertEquals(404, Api.as(base, null).get("/api/v1/knowledge/articles/" + id).status());
        List<String> audited = sam.get("/api/v1/admin/audit?kind=article&actor=sam").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("name").equals(String.valueOf(id))).map(e -> e.getString("action")).toList();
        assertEquals(List.of("DELETED", "UPDATED", "CREATED"), audited);
    }

    @Test
    void aTranslationJoinsItsOriginalAndEachLanguageIsSearchedWithItsOwnStemming() {
        String word = "Flumpel" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        Api ada = Api.as(base, "ada");
        long english = ada.post("/api/v1/knowledge/articles", article("Gift vouchers " + word, "About vouchers.", "en",
                "published", "")).object().getJsonNumber("id").longValue();
        Api.Reply german = ada.post("/api/v1/knowledge/articles", article("Rücksendungen " + word,
                "Alle Rücksendungen sind kostenlos.", "de", "published", ", \"translationOf\": " + english));
        assertEquals(201, german.status(), german.body());
        long germanId = german.object().getJsonNumber("id").longValue();
        assertEquals("en", german.object().getJsonArray("translations").getJsonObject(0).getString("language"));

        found("Rücksendung", "de", germanId);
        found("Rucksendung " + word, "de", germanId);
        assertTrue(search("Rücksendung " + word, "en").stream().noneMatch(r -> r.getJsonNumber("id").longValue() == germanId),
                "English readers do not get the German article");

        Api.Reply second = ada.post("/api/v1/knowledge/articles", article("Noch eine", "Text.", "de", "draft",
                ", \"translationOf\": " + english));
        assertEquals(409, second.status(), "one translation per language: " + second.body());
    }

    @Test
    void draftsAreForEditorsOnlyAndWritingNeedsAnEditor() {
        String word = "plimsoll" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        Api sam = Api.as(base, "sam");
        long draft = sam.post("/api/v1/knowledge/articles", article("Draft " + word, "Not yet.", "en", "draft", ""))
                .object().getJsonNumber("id").longValue();
        assertEquals(404, Api.as(base, null).get("/api/v1/knowledge/articles/" + draft).status());
        assertEquals("DRAFT", sam.get("/api/v1/knowledge/articles/" + draft).object().getString("status"));
        assertTrue(search(word, "en").isEmpty(), "a draft is not found");
        assertEquals(404, Api.as(base, null).post("/api/v1/knowledge/articles/" + draft + "/feedback", "{\"helpful\": true}").status(),
                "nor rated");

        assertEquals(403, Api.as(base, "alice").post("/api/v1/knowledge/articles", article("x", "y", "en", "draft", "")).status());
        assertEquals(401, Api.as(base, null).post("/api/v1/knowledge/articles", article("x", "y", "en", "draft", "")).status());
        assertEquals(401, Api.as(base, null).delete("/api/v1/knowledge/articles/" + draft).status());
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        Api sam = Api.as(base, "sam");
        assertRefused(Api.as(base, null).get("/api/v1/knowledge/articles?q=" + "a".repeat(201)), "q");
        assertRefused(Api.as(base, null).get("/api/v1/knowledge/articles?q=help&lang=english"), "language");
        assertRefused(Api.as(base, null).get("/api/v1/knowledge/articles?q=help&limit=1000"), "limit");
        assertRefused(sam.post("/api/v1/knowledge/articles", "{\"title\": \"t\", \"language\": \"en\", \"category\": \"c\"}"), "body");
        assertRefused(sam.post("/api/v1/knowledge/articles", article("t", "b", "klingon", "draft", "")), "language");
        assertRefused(sam.post("/api/v1/knowledge/articles", article("t", "b", "en", "live", "")), "status");
        assertRefused(sam.post("/api/v1/knowledge/articles", article("t", "b", "en", "draft", ", \"translationOf\": 99999999")),
                "translationOf");
    }

    /**
     * One address is held to the rate (a burst of 120, then 2 a second) while another goes on: the flood comes from
     * 127.0.0.2, so that the other tests, from 127.0.0.1, are not held up.
     */
    @Test
    void knowledgeReindexRebuildsTheIndexFromTheDatabaseAndTakesNoParameters() {
        String word = "brindle" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        Api.Reply saved = Api.as(base, "sam").post("/api/v1/knowledge/articles",
                article("Care of " + word + " leather", "Wipe it with a damp cloth.", "en", "published", ""));
        assertEquals(201, saved.status(), saved.body());
        long id = saved.object().getJsonNumber("id").longValue();
        found(word, "en", id);

        Api operator = Api.as(base, "otto");
        Api.Reply started = operator.post("/api/v1/admin/batch/jobs/knowledge-reindex", "{}");
        assertEquals(201, started.status(), started.body());
        BatchJobs jobs = new BatchJobs(base);
        long instance = jobs.instanceOf(started.object().getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", jobs.finalStatus(instance));
        String indexed = jobs.exitStatus(instance);
        int count = Integer.parseInt(indexed.replaceFirst("^INDEXED (\\d+) published articles; the other servers rebuild theirs$", "$1"));
        assertTrue(count >= 1, indexed);
        found(word, "en", id);

        Api.Reply refused = operator.post("/api/v1/admin/batch/jobs/knowledge-reindex", "{\"language\": \"en\"}");
        assertRefused(refused, "jobParameters");
        assertTrue(refused.object().getString("message").contains("language is not one of knowledge-reindex's"), refused.body());
        long failed = jobs.start("knowledge-reindex", Map.of("language", "en"));
        assertEquals("FAILED", jobs.finalStatus(failed));
        assertEquals("Job parameter language is not one of knowledge-reindex's: it takes none", jobs.exitStatus(failed));
    }

    @Test
    void anAddressThatFloodsThePublicSearchIsHeldToTheRate() throws IOException {
        String search = "/api/v1/knowledge/articles?lang=en&q=parcel";
        String last = floodFromOtherAddress(search);
        assertTrue(last.startsWith("HTTP/1.1 429"), "held to the rate: " + last);
        assertTrue(last.matches("(?s).*\r\nRetry-After: [1-9][0-9]*\r\n.*"), last);
        assertTrue(last.contains("\"error\":\"too_many_requests\""), last);
        assertEquals(200, Api.as(base, null).get(search).status(), "another address goes on");
        assertTrue(floodFromOtherAddress("/help/en").startsWith("HTTP/1.1 429"), "the help center's pages count too");
    }

    /**
     * GETs from 127.0.0.2 until refused, at most 400 (more than the limit's burst): the last answer. The bucket refills
     * twice a second, so a single request after a refusal may pass on a slow machine; a flood never does.
     */
    private String floodFromOtherAddress(String path) throws IOException {
        String last = "";
        for (int i = 0; i < 400 && !last.startsWith("HTTP/1.1 429"); i++) {
            last = fromOtherAddress(path);
        }
        return last;
    }

    /** A GET from 127.0.0.2: the whole answer, status line first. */
    private String fromOtherAddress(String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + base.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.object().getString("field"), reply.body());
    }
}
