package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merging two conversations of a customer through the API: the entries, tags, the more urgent priority and the
 * assignment move into the target, the source is closed as merged and in no inbox, a customer's answer to a message
 * of the merged conversation threads into the target, the event is published, and every wrong merge is refused.
 */
class ConversationMergeIT extends ContainerTest {

    private Api alice;
    private Api sam;
    private Api erp;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        sam = Api.as(base, "sam");
        erp = Api.as(base, "erp");
        timeline = new Timeline(alice);
    }

    @Test
    void entriesTagsPriorityAndAssignmentMoveIntoTheTargetAndRepliesThreadThere() throws Exception {
        // A VIP's old email conversation (P1, assigned to bob, tagged), and a standard customer's SMS conversation of
        // nine days ago (P2, unassigned) that is the target.
        String email = "merge-" + Messages.unique() + "@example.com";
        String oldId = "<" + Messages.unique() + "@example.com>";
        erp.post("/api/v1/messages", message("EMAIL", oldId, email, "Where is order 4411?", Duration.ofDays(10))
                .add("subject", "Order 4411 late").build().toString());
        long vip = timeline.customerWith(email).getJsonNumber("id").longValue();
        long source = timeline.entryWithText(vip, "Where is order 4411?").getJsonNumber("conversationId").longValue();
        ok(sam.put("/api/v1/customers/" + vip + "/tier", "{\"tier\": \"VIP\"}"));
        ok(sam.post(path(source) + "/assign", "{\"assignee\": \"bob\"}"));
        ok(alice.put(path(source) + "/tags/refund", ""));
        ok(alice.put(path(source) + "/tags/late", ""));

        String phone = Messages.uniquePhone();
        erp.post("/api/v1/messages", message("SMS", "in-" + Messages.unique(), phone, "Any news on 4411?", Duration.ofDays(9))
                .build().toString());
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long target = timeline.entryWithText(customer, "Any news on 4411?").getJsonNumber("conversationId").longValue();
        ok(alice.put(path(target) + "/tags/late", ""));

        Api.Reply twoCustomers = alice.post(path(source) + "/merge", into(target));
        assertEquals(409, twoCustomers.status(), twoCustomers.body());
        assertTrue(twoCustomers.object().getString("message").contains("merge the customers first"), twoCustomers.body());

        ok(alice.post("/api/v1/customers/" + customer + "/merge", "{\"from\": " + vip + "}"));
        assertEquals(1, ok(alice.get(path(source))).getInt("priority"), "the VIP's conversation kept P1");
        assertEquals(2, ok(alice.get(path(target))).getInt("priority"));
        // Both are too old to take a new message: today's SMS opens a third conversation, the most recent one.
        erp.post("/api/v1/messages", message("SMS", "in-" + Messages.unique(), phone, "Also, my address changed", Duration.ZERO)
                .build().toString());
        long latest = timeline.entryWithText(customer, "Also, my address changed").getJsonNumber("conversationId").longValue();
        assertTrue(latest != source && latest != target, "a third conversation");
        assertEquals(List.of(latest, target), ok(alice.get(path(source) + "/merge")).getJsonArray("candidates")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList());
        long sourceEntries = timeline.entriesOf(customer).stream().filter(e -> inConversation(e, source)).count();

        JsonObject preview = ok(alice.get(path(source) + "/merge?into=" + target)).getJsonObject("preview");
        assertEquals(sourceEntries, preview.getJsonNumber("entries").longValue());
        assertEquals(List.of("refund"), strings(preview, "tagsAdded"));
        assertTrue(preview.getBoolean("assignmentMoves"));
        assertEquals(sourceEntries + " entries, 1 tag and the assignment (bob) move into #" + target
                + "; this conversation is closed as merged, and #" + target + " takes its priority P1.", preview.getString("summary"));

        try (JMSContext jms = Jms.context()) {
            JMSConsumer merged = Jms.subscribe(jms, "conversation.merged");
            JsonObject after = ok(alice.post(path(source) + "/merge", into(target)));
            assertEquals(target, after.getJsonNumber("id").longValue());
            assertEquals(List.of("late", "refund"), strings(after, "tags"));
            assertEquals(1, after.getInt("priority"), "the more urgent priority wins");
            assertEquals("bob", after.getString("assignee"), "the target had no assignee: the source's moves");

            Message event = merged.receive(Duration.ofSeconds(10).toMillis());
            assertNotNull(event, "conversation.merged published");
            JsonObject data = Json.createReader(new StringReader(event.getBody(String.class))).readObject().getJsonObject("data");
            assertEquals(target, data.getJsonNumber("conversationId").longValue());
            assertEquals(source, data.getJsonNumber("mergedConversationId").longValue());
            assertEquals(customer, data.getJsonNumber("customerId").longValue());
            assertEquals(sourceEntries, data.getJsonNumber("entriesMoved").longValue());
        }

        JsonObject closed = ok(alice.get(path(source)));
        assertEquals("RESOLVED", closed.getString("status"));
        assertEquals(target, closed.getJsonNumber("mergedInto").longValue());
        List<JsonObject> entries = timeline.entriesOf(customer);
        assertTrue(entries.stream().filter(e -> e.getString("text", "").contains("Where is order 4411?"))
                .allMatch(e -> inConversation(e, target)), "the source's messages are in the target now");
        assertTrue(entries.stream().anyMatch(e -> inConversation(e, target)
                && ("alice merged conversation #" + source + " into this one (" + sourceEntries + " entries)")
                .equals(e.getString("text").replace(" 'Order 4411 late'", ""))), "system entry on the target");
        assertTrue(entries.stream().anyMatch(e -> inConversation(e, source)
                && e.getString("text").startsWith("alice merged this conversation into #" + target)), "system entry on the source");

        // The customer answers the old email: it threads into the target, not into the most recent conversation.
        erp.post("/api/v1/messages", message("EMAIL", "<" + Messages.unique() + "@example.com>", email, "Still nothing arrived",
                Duration.ZERO).add("subject", "Re: Order 4411 late").add("inReplyTo", oldId).build().toString());
        JsonObject answer = timeline.entryWithText(customer, "Still nothing arrived");
        assertEquals(target, answer.getJsonNumber("conversationId").longValue());

        Api.Reply again = alice.post(path(source) + "/merge", into(target));
        assertEquals(409, again.status(), again.body());
        Api.Reply intoMerged = alice.post(path(target) + "/merge", into(source));
        assertEquals(409, intoMerged.status(), intoMerged.body());
        assertTrue(intoMerged.object().getString("message").contains("was merged into conversation " + target), intoMerged.body());
        Api.Reply noteOnMerged = alice.post(path(source) + "/notes", "{\"text\": \"too late\"}");
        assertEquals(409, noteOnMerged.status(), noteOnMerged.body());
        Api.Reply replyOnMerged = alice.post(path(source) + "/replies", "{\"channel\": \"SMS\", \"text\": \"hello\"}");
        assertEquals(409, replyOnMerged.status(), replyOnMerged.body());
    }

    @Test
    void wrongMergesAreRefusedWithTheReason() {
        Replies replies = new Replies(base, alice);
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);

        assertEquals("into", field(alice.post(path(c.id()) + "/merge", into(c.id()))));
        assertEquals("into", field(alice.post(path(c.id()) + "/merge", "{}")));
        assertEquals("into", field(alice.post(path(c.id()) + "/merge", "{\"into\": \"soon\"}")));
        assertEquals("into", field(alice.get(path(c.id()) + "/merge?into=soon")));
        assertEquals(404, alice.post(path(c.id()) + "/merge", into(999_999_999L)).status());
        assertEquals(404, alice.post(path(999_999_999L) + "/merge", into(c.id())).status());
        assertEquals(403, erp.post(path(c.id()) + "/merge", into(c.id() + 1)).status(), "integrations do not merge");
        assertEquals("OPEN", ok(alice.get(path(c.id()))).getString("status"), "nothing changed");
    }

    private static JsonObjectBuilder message(String channel, String externalId, String handle, String text, Duration ago) {
        return Json.createObjectBuilder(Json.createReader(new StringReader(Messages.canonical(channel, externalId, handle, null,
                text, Instant.now().minus(ago).toString()))).readObject());
    }

    private static boolean inConversation(JsonObject entry, long conversation) {
        return entry.containsKey("conversationId") && entry.getJsonNumber("conversationId").longValue() == conversation;
    }

    private static String path(long conversation) {
        return "/api/v1/conversations/" + conversation;
    }

    private static String into(long conversation) {
        return "{\"into\": " + conversation + "}";
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static String field(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return reply.object().getString("field");
    }
}
