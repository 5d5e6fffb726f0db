package io.threadline.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The teamwork actions through the API: taking the next conversation (two agents at once never get the same one),
 * assigning and escalating by role, status with a snooze that wakes up, notes with @mentions that notify and are
 * never sent to the customer, tags, and a supervisor's VIP marking. Every step shows on the timeline.
 */
class TeamworkIT extends ContainerTest {

    private Api alice;
    private Api bob;
    private Api sam;
    private Replies replies;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        bob = Api.as(base, "bob");
        sam = Api.as(base, "sam");
        replies = new Replies(base, alice);
        timeline = new Timeline(alice);
    }

    @Test
    void twoAgentsTakingAtTheSameMomentNeverGetTheSameConversation() throws Exception {
        Set<Long> waiting = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            long id = replies.startedOn("SMS", Messages.uniquePhone(), null).id();
            ok(sam.post("/api/v1/conversations/" + id + "/escalate", "{\"team\": \"billing\", \"reason\": \"invoice question\"}"));
            waiting.add(id);
        }
        List<Callable<Optional<Long>>> takes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            takes.add(() -> take(alice, "alice"));
            takes.add(() -> take(bob, "bob"));
        }
        ExecutorService agents = Executors.newFixedThreadPool(takes.size());
        List<Long> taken = new ArrayList<>();
        try {
            for (Future<Optional<Long>> take : agents.invokeAll(takes)) {
                take.get().ifPresent(taken::add);
            }
        } finally {
            agents.shutdownNow();
        }
        assertEquals(taken.size(), new HashSet<>(taken).size(), "no conversation taken twice: " + taken);
        assertTrue(taken.containsAll(waiting), "every waiting conversation was taken: " + taken + " of " + waiting);
    }

    private Optional<Long> take(Api agent, String name) {
        Api.Reply reply = agent.post("/api/v1/conversations/next", "{\"queue\": \"billing\"}");
        if (reply.status() == 404) {
            return Optional.empty();
        }
        assertEquals(200, reply.status(), reply.body());
        assertEquals(name, reply.object().getString("assignee"));
        long id = reply.object().getJsonNumber("id").longValue();
        assertEquals(name, agent.get("/api/v1/conversations/" + id).object().getString("assignee"), "kept on commit");
        return Optional.of(id);
    }

    @Test
    void agentsAssignOnlyThemselvesSupervisorsAssignAnyoneAndEscalationNeedsAReason() {
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String path = "/api/v1/conversations/" + c.id();

        Api.Reply refused = alice.post(path + "/assign", "{\"assignee\": \"bob\"}");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.object().getString("message").contains("only to themselves"), refused.body());
        assertEquals("alice", ok(alice.post(path + "/assign", "{\"assignee\": \"alice\"}")).getString("assignee"));
        JsonObject reassigned = ok(sam.post(path + "/assign", "{\"assignee\": \"bob\", \"reason\": \"VIP complaint\"}"));
        assertEquals("bob", reassigned.getString("assignee"));

        assertEquals("assignee", field(sam.post(path + "/assign", "{\"assignee\": \"mallory\"}")));
        assertEquals("reason", field(bob.post(path + "/escalate", "{\"team\": \"billing\"}")));
        assertEquals("team", field(bob.post(path + "/escalate", "{\"team\": \"nobody\", \"reason\": \"x\"}")));
        assertEquals(403, Api.as(base, "erp").post(path + "/assign", "{\"assignee\": \"erp\"}").status());
        assertEquals(404, alice.post("/api/v1/conversations/999999999/assign", "{\"assignee\": \"alice\"}").status());

        JsonObject escalated = ok(bob.post(path + "/escalate", "{\"team\": \"supervisors\", \"reason\": \"wants a refund above my limit\"}"));
        assertEquals("supervisors", escalated.getString("queue"));
        assertTrue(absent(escalated, "assignee"), "waits in the supervisors' queue");

        assertEquals(List.of("alice took the conversation", "sam reassigned it from alice to bob: VIP complaint",
                "bob escalated it to supervisors: wants a refund above my limit"), systemTexts(c.customer()));
    }

    @Test
    void aSnoozedConversationComesBackWhenItsTimeHasCome() {
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String path = "/api/v1/conversations/" + c.id();
        assertEquals("until", field(alice.put(path + "/status", "{\"status\": \"SNOOZED\", \"until\": \"2020-01-01T00:00:00Z\"}")));
        assertEquals("until", field(alice.put(path + "/status", "{\"status\": \"SNOOZED\"}")));
        assertEquals("status", field(alice.put(path + "/status", "{\"status\": \"SLEEPING\"}")));

        Instant until = Instant.now().plusSeconds(3);
        JsonObject snoozed = ok(alice.put(path + "/status", "{\"status\": \"SNOOZED\", \"until\": \"" + until + "\"}"));
        assertEquals("SNOOZED", snoozed.getString("status"));
        assertEquals(until.toString(), snoozed.getString("snoozedUntil"));

        Eventually.get("the snooze to end", Duration.ofSeconds(30), () -> Optional.of(alice.get(path).object())
                .filter(v -> "OPEN".equals(v.getString("status"))));
        assertTrue(systemTexts(c.customer()).contains("The snooze is over; the conversation is open again"),
                systemTexts(c.customer()).toString());
    }

    @Test
    void theCustomerWritingWakesASnoozedConversationAndResolvedOnesLeaveTheQueue() {
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String path = "/api/v1/conversations/" + c.id();
        ok(alice.put(path + "/status", "{\"status\": \"SNOOZED\", \"until\": \"" + Instant.now().plus(Duration.ofDays(1)) + "\"}"));
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), c.handle(), null,
                "Any news?", null));
        timeline.entryWithText(c.customer(), "Any news?");
        JsonObject woken = alice.get(path).object();
        assertEquals("OPEN", woken.getString("status"));
        assertTrue(absent(woken, "snoozedUntil"));

        assertEquals("RESOLVED", ok(alice.put(path + "/status", "{\"status\": \"RESOLVED\"}")).getString("status"));
        assertEquals(List.of("alice snoozed the conversation until", "alice resolved the conversation"),
                systemTexts(c.customer()).stream().map(t -> t.startsWith("alice snoozed") ? "alice snoozed the conversation until" : t).toList());
    }

    @Test
    void aNoteNotifiesTheMentionedAgentAndIsNeverSentToTheCustomer() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            String path = "/api/v1/conversations/" + c.id();
            long unreadBefore = bob.get("/api/v1/notifications").object().getJsonNumber("unread").longValue();

            Api.Reply added = alice.post(path + "/notes", "{\"text\": \"@bob can you check the refund? cc @nobody and mail bob@example.com\"}");
            assertEquals(201, added.status(), added.body());
            assertEquals(List.of("bob"), added.object().getJsonArray("notified").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList());
            JsonObject note = added.object().getJsonObject("note");
            assertEquals("NOTE", note.getString("type"));
            assertEquals("INTERNAL", note.getString("direction"));
            assertTrue(absent(note, "channel"));
            assertTrue(absent(note, "deliveryStatus"));

            JsonObject notifications = bob.get("/api/v1/notifications").object();
            assertEquals(unreadBefore + 1, notifications.getJsonNumber("unread").longValue());
            JsonObject mention = notifications.getJsonArray("notifications").getJsonObject(0);
            assertEquals(c.id(), mention.getJsonNumber("conversationId").longValue());
            assertEquals("alice", mention.getString("author"));
            assertFalse(mention.getBoolean("read"));
            assertEquals(404, alice.post("/api/v1/notifications/" + mention.getJsonNumber("id") + "/read", "").status(),
                    "alice cannot read bob's notification");
            assertTrue(ok(bob.post("/api/v1/notifications/" + mention.getJsonNumber("id") + "/read", "")).getBoolean("read"));
            assertEquals(unreadBefore, bob.get("/api/v1/notifications").object().getJsonNumber("unread").longValue());

            long reply = replies.reply(c.id(), "SMS", "We are on it").getJsonNumber("entryId").longValue();
            replies.entryWhen(c.customer(), reply, "SENT");
            assertEquals(List.of("We are on it"), twilio.requests().stream().map(r -> r.form().get("Body")).toList(),
                    "only the reply went to the customer");
            assertEquals("text", field(alice.post(path + "/notes", "{\"text\": \" \"}")));
        }
    }

    @Test
    void tagsAreAddedAndRemovedAndAVipsConversationsGoToTheTop() {
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String path = "/api/v1/conversations/" + c.id();
        assertEquals(List.of("refund"), tags(ok(alice.put(path + "/tags/Refund", ""))));
        assertEquals(List.of("damaged item", "refund"), tags(ok(alice.put(path + "/tags/damaged%20item", ""))));
        assertEquals(List.of("damaged item"), tags(ok(alice.delete(path + "/tags/refund"))));
        assertEquals("tag", field(alice.put(path + "/tags/%3Cb%3E", "")));

        assertEquals(2, alice.get(path).object().getInt("priority"));
        assertEquals(403, alice.put("/api/v1/customers/" + c.customer() + "/tier", "{\"tier\": \"VIP\"}").status());
        assertEquals("tier", field(sam.put("/api/v1/customers/" + c.customer() + "/tier", "{\"tier\": \"GOLD\"}")));
        assertEquals("VIP", ok(sam.put("/api/v1/customers/" + c.customer() + "/tier", "{\"tier\": \"VIP\"}")).getString("tier"));
        assertEquals(1, alice.get(path).object().getInt("priority"), "a VIP's conversation is most urgent");
        ok(sam.put("/api/v1/customers/" + c.customer() + "/tier", "{\"tier\": \"STANDARD\"}"));
        assertEquals(2, alice.get(path).object().getInt("priority"));

        assertEquals(List.of("alice tagged it refund", "alice tagged it damaged item", "alice removed the tag refund",
                "sam marked " + "Customer " + c.customer() + " as VIP", "sam changed Customer " + c.customer() + " from VIP to STANDARD"),
                systemTexts(c.customer()));
    }

    private List<String> systemTexts(long customer) {
        return timeline.entriesOf(customer).stream().filter(e -> "SYSTEM".equals(e.getString("type")))
                .map(e -> e.getString("text")).toList();
    }

    private static List<String> tags(JsonObject conversation) {
        return conversation.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
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
