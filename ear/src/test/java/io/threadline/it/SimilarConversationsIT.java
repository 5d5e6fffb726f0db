package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suggestions for a conversation through the API: two customers asked about a blender no other test knows, alice
 * answered and resolved both; a third customer asks about it, and the suggestions of her conversation are those two,
 * each with the reply that resolved it, and the help article about the blender; never an unrelated resolved
 * conversation or her own. Reopened, a conversation is no longer suggested. An unknown conversation is a 404 naming
 * it; the job that rebuilds the index takes no parameters and keeps what is suggested.
 */
class SimilarConversationsIT extends ContainerTest {

    @Test
    void aNewQuestionIsAnsweredByTheResolvedConversationsAboutTheSameProblem() {
        String run = Messages.unique();
        String blender = "vortexa" + run;
        String code = "err" + Math.abs(run.hashCode()); // a second word only this run's conversations share
        SimilarConversations conversations = new SimilarConversations(base);
        String descale = "Please descale the blender with one cleaning tablet, then run it empty for a minute. (" + run + ")";
        String blades = "A blender that stops after seconds needs a new blade set; I have sent you one today. (" + run + ")";
        Replies.Conversation first;
        Replies.Conversation second;
        Replies.Conversation unrelated;
        Replies.Conversation asked;
        Instant beforeResolving;
        Instant afterResolving;
        try (FakeProvider twilio = FakeProvider.twilio()) {
            first = conversations.ask("Nora Quinn " + run, "My " + blender + " blender grinds loudly and stops after a few seconds, " + code);
            beforeResolving = Instant.now();
            conversations.resolveWith(first, descale);
            afterResolving = Instant.now();
            second = conversations.ask("Omar Haddad " + run, "The " + blender + " stops after seconds and grinds (" + code + "). Is it broken?");
            conversations.resolveWith(second, blades);
            unrelated = conversations.ask("Paula Reyes " + run, "Invoice " + Messages.unique() + " was charged twice, refund please");
            conversations.resolveWith(unrelated, "I refunded the second charge; you see it within five days.");
        }
        long article = publishArticle("Cleaning the " + blender + " blender", "Descale the " + blender
                + " every month with a cleaning tablet; a blender that grinds and stops needs descaling.");
        asked = conversations.ask("Iris Novak " + run, "Grinding noise from my " + blender + ", it stops after a few seconds: " + code);

        List<JsonObject> similar = Eventually.get("both resolved conversations suggested", Duration.ofSeconds(30), () ->
                Optional.of(conversations.similarTo(asked.id())).filter(s -> s.size() >= 2
                        && Set.of(first.id(), second.id()).equals(Set.of(SimilarConversations.id(s.get(0)), SimilarConversations.id(s.get(1))))));
        JsonObject nora = similar.stream().filter(s -> SimilarConversations.id(s) == first.id()).findFirst().orElseThrow();
        assertEquals(descale, nora.getString("reply"), "the reply that resolved it, whole");
        assertEquals("alice", nora.getString("replyAuthor"));
        assertEquals("Nora Quinn " + run, nora.getString("customerName"));
        assertEquals(first.customer(), nora.getJsonNumber("customerId").longValue());
        assertEquals("My " + blender + " blender grinds loudly and stops after a few seconds, " + code, nora.getString("question"));
        Instant resolvedAt = Instant.parse(nora.getString("resolvedAt"));
        assertTrue(!resolvedAt.isBefore(beforeResolving.minusSeconds(1)) && !resolvedAt.isAfter(afterResolving.plusSeconds(1)),
                "resolved while the test resolved it: " + nora);
        assertTrue(nora.getJsonNumber("score").doubleValue() > 0, nora.toString());
        assertEquals(blades, similar.stream().filter(s -> SimilarConversations.id(s) == second.id()).findFirst().orElseThrow()
                .getString("reply"));
        assertTrue(similar.size() <= 3, similar.toString());
        assertFalse(similar.stream().anyMatch(s -> SimilarConversations.id(s) == unrelated.id()), "not the refund: " + similar);
        assertFalse(similar.stream().anyMatch(s -> SimilarConversations.id(s) == asked.id()), "never itself: " + similar);

        Api alice = Api.as(base, "alice");
        JsonObject suggestions = alice.get("/api/v1/conversations/" + asked.id() + "/suggestions").object();
        JsonObject found = suggestions.getJsonArray("articles").getJsonObject(0);
        assertEquals(article, found.getJsonNumber("id").longValue(), suggestions.toString());
        assertEquals("Cleaning the " + blender + " blender", found.getString("title"));
        assertTrue(found.getString("url").startsWith("/help/en/articles/" + article + "-"), found.toString());
        assertTrue(found.getString("snippet").contains("<mark>"), found.toString());

        Api.Reply missing = alice.get("/api/v1/conversations/999999999/suggestions");
        assertEquals(404, missing.status(), missing.body());
        assertTrue(missing.body().contains("999999999"), missing.body());
        assertEquals(403, Api.as(base, "otto").get("/api/v1/conversations/" + asked.id() + "/suggestions").status(),
                "only those who read conversations");

        conversations.status(first.id(), "OPEN");
        Eventually.get("the reopened conversation no longer suggested", Duration.ofSeconds(30), () ->
                Optional.of(conversations.similarTo(asked.id())).filter(s -> s.stream().noneMatch(c -> SimilarConversations.id(c) == first.id())));
        assertEquals(second.id(), SimilarConversations.id(conversations.similarTo(asked.id()).get(0)));

        BatchJobs jobs = new BatchJobs(base);
        long refused = jobs.start("similar-conversations-reindex", Map.of("full", "true"));
        assertEquals("FAILED", jobs.finalStatus(refused));
        assertEquals("Job parameter full is not one of similar-conversations-reindex's: it takes none", jobs.exitStatus(refused));
        long rebuilt = jobs.start("similar-conversations-reindex", Map.of());
        assertEquals("COMPLETED", jobs.finalStatus(rebuilt), jobs.exitStatus(rebuilt));
        assertTrue(jobs.exitStatus(rebuilt).matches("INDEXED \\d+ resolved conversations; the other servers rebuild theirs"),
                jobs.exitStatus(rebuilt));
        List<JsonObject> afterRebuild = conversations.similarTo(asked.id());
        assertEquals(second.id(), SimilarConversations.id(afterRebuild.get(0)), "rebuilt from the database: " + afterRebuild);
        assertFalse(afterRebuild.stream().anyMatch(s -> SimilarConversations.id(s) == first.id()), afterRebuild.toString());
    }

    private long publishArticle(String title, String body) {
        Api.Reply created = Api.as(base, "sam").post("/api/v1/knowledge/articles", Json.createObjectBuilder()
                .add("title", title).add("body", body).add("language", "en").add("category", "Appliances")
                .add("status", "published").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(base, title, "en", id);
        return id;
    }
}
