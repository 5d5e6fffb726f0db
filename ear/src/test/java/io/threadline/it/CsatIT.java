package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sarah's conversation is resolved and she is asked how it went: she answers "5" by SMS, which lands on the
 * conversation (still resolved), its timeline and the events topic; she then changes her mind on the survey's page.
 * Resolving again sends no second survey.
 */
class CsatIT extends ContainerTest {

    private static final Pattern LINK = Pattern.compile("/csat/([A-Za-z0-9_-]{43})");

    @Test
    void theSurveyGoesOutOnResolveAndTheAnswersLandOnTheConversation() throws Exception {
        String tag = "csat" + Messages.unique();
        Api alice = Api.as(base, "alice");
        String phone = Messages.uniquePhone();
        try (Configuration rules = new Configuration(base); FakeProvider twilio = FakeProvider.twilio();
             JMSContext jms = Jms.context()) {
            JMSConsumer ratings = Jms.subscribe(jms, "csat.received");
            rules.create("automation-rules", """
                    {"name": "it-%1$s", "position": 900, "on": "conversation.status_changed",
                     "when": {"all": [{"field": "status", "op": "is", "value": "RESOLVED"},
                                      {"field": "tag", "op": "is", "value": "%1$s"}]},
                     "do": [{"action": "csat"}]}
                    """.formatted(tag));
            Replies.Conversation c = new Replies(base, alice).startedOn("SMS", phone, null);
            String path = "/api/v1/conversations/" + c.id();
            assertEquals(200, alice.put(path + "/tags/" + tag, "").status());
            assertEquals(200, alice.put(path + "/status", "{\"status\": \"RESOLVED\"}").status());

            FakeProvider.Request survey = Eventually.get("the survey at the provider", Duration.ofSeconds(30), () ->
                    twilio.requests().stream().filter(r -> phone.equals(r.form().get("To"))).findFirst());
            String text = survey.form().get("Body");
            assertTrue(text.startsWith("How did we do? Reply with a number from 1 (poor) to 5 (great), or rate us at "), text);
            Matcher link = LINK.matcher(text);
            assertTrue(link.find(), text);

            Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, null, " 5! ", null));
            JsonObject event = ratingOf(ratings, c.id());
            assertEquals(5, event.getInt("score"));
            JsonObject conversation = Eventually.get("the rating on the conversation", Duration.ofSeconds(30), () ->
                    java.util.Optional.of(alice.get(path).object()).filter(o -> o.get("csat") instanceof JsonObject));
            assertEquals(5, conversation.getJsonObject("csat").getInt("score"));
            assertNotNull(conversation.getJsonObject("csat").getString("at"));
            assertEquals("RESOLVED", conversation.getString("status"), "an answer does not reopen the conversation");
            Timeline timeline = new Timeline(alice);
            assertTrue(timeline.entriesOf(c.customer()).stream().anyMatch(e -> e.getString("text", "").contains("rated the conversation 5/5")));
            assertEquals(1, timeline.entriesOf(c.customer()).stream().map(e -> e.getJsonNumber("conversationId"))
                    .filter(java.util.Objects::nonNull).map(n -> n.longValue()).distinct().count(), "no new conversation");

            Api visitor = Api.as(base, null);
            Api.Reply page = visitor.get("/csat/" + link.group(1));
            assertEquals(200, page.status());
            assertTrue(page.body().contains("How did we do?"), page.body());
            Api.Reply thanks = visitor.postForm("/csat/" + link.group(1), Map.of("score", "4", "comment", "Quick and kind"), Map.of());
            assertEquals(200, thanks.status(), thanks.body());
            assertTrue(thanks.body().contains("Thank you"));
            JsonObject changed = alice.get(path).object().getJsonObject("csat");
            assertEquals(4, changed.getInt("score"));
            assertEquals("Quick and kind", changed.getString("comment"));
            assertEquals(404, visitor.get("/csat/" + "x".repeat(43)).status());

            assertEquals(200, alice.put(path + "/status", "{\"status\": \"OPEN\"}").status());
            assertEquals(200, alice.put(path + "/status", "{\"status\": \"RESOLVED\"}").status());
            Eventually.get("the second resolve's rule run", Duration.ofSeconds(30), () -> timeline.entriesOf(c.customer()).stream()
                    .filter(e -> e.getString("text", "").contains("sent no survey")).findFirst());
            assertEquals(1, twilio.requests().stream().filter(r -> phone.equals(r.form().get("To"))).count());
        }
    }

    private static JsonObject ratingOf(JMSConsumer consumer, long conversationId) throws Exception {
        for (Message m = consumer.receive(30_000); m != null; m = consumer.receive(30_000)) {
            JsonObject data = Json.createReader(new StringReader(m.getBody(String.class))).readObject().getJsonObject("data");
            if (data.getJsonNumber("conversationId").longValue() == conversationId) {
                return data;
            }
        }
        throw new AssertionError("no csat.received for conversation " + conversationId + " within 30 s");
    }
}
