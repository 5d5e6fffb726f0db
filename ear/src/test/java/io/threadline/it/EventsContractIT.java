package io.threadline.it;

import io.threadline.events.EventType;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a subscriber of {@code jms/crm/EventsTopic} receives over a customer's whole story, driven through the HTTP API:
 * every event keeps the JSON Schema of its type, and the story raises every type on the topic (but a chat socket's
 * {@code chat.typing}).
 */
class EventsContractIT extends ContainerTest {

    private static final Duration QUIET = Duration.ofSeconds(5);

    @Test
    void everyEventOfACustomersStoryKeepsItsSchema() throws JMSException {
        String run = Messages.unique();
        String phone = Messages.uniquePhone();
        Api alice = Api.as(base, "alice");
        Api sam = Api.as(base, "sam");
        Timeline timeline = new Timeline(alice);
        try (Configuration configuration = new Configuration(base); FakeProvider twilio = FakeProvider.twilio();
             JMSContext jms = Jms.context()) {
            JMSConsumer events = Jms.subscribeToAll(jms);
            setUp(configuration, run);

            // Nora writes: a new customer, routed to the push queue and its online agent, under a fast SLA that breaches.
            Api erp = Api.as(base, "erp");
            erp.post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, "Nora Quinn",
                    "My parcel never came " + run, null));
            long nora = timeline.customerWith(phone).getJsonNumber("id").longValue();
            long conversation = timeline.entryWithText(nora, "My parcel never came " + run).getJsonNumber("conversationId").longValue();
            String path = "/api/v1/conversations/" + conversation;
            assertEquals("dana-" + run, alice.get(path).object().getString("assignee", null), "routing assigned it");
            Eventually.get("the SLA breach", Duration.ofSeconds(30), () -> Optional.of(alice.get(path).object())
                    .filter(c -> !c.getJsonObject("sla").getJsonArray("breaches").isEmpty()));

            // The team works on it: alice opens it and types, a note, tags, a reply, one scheduled and cancelled, every
            // status, then resolved.
            try (ChatClient page = ChatClient.presence(base, conversation, Api.signIn(base, "alice"))) {
                page.next("viewers");
                ok(alice.post(path + "/typing", null), 202);
            }
            ok(alice.post(path + "/notes", "{\"text\": \"@bob can you ask the courier?\"}"), 201);
            ok(alice.put(path + "/tags/courier", ""), 200);
            ok(alice.put(path + "/tags/survey-" + run, ""), 200);
            ok(alice.delete(path + "/tags/courier"), 200);
            Replies replies = new Replies(base, alice);
            long reply = replies.reply(conversation, "SMS", "We are on it, Nora.").getJsonNumber("entryId").longValue();
            replies.entryWhen(nora, reply, "SENT");
            long later = ok(alice.post(path + "/replies", "{\"channel\": \"SMS\", \"text\": \"Any news?\", \"sendAt\": \""
                    + Instant.now().plus(Duration.ofHours(1)) + "\"}"), 202).getJsonNumber("entryId").longValue();
            ok(alice.post(path + "/replies/" + later + "/cancel", ""), 200);
            for (String status : List.of("PENDING", "OPEN")) {
                ok(alice.put(path + "/status", "{\"status\": \"" + status + "\"}"), 200);
            }
            ok(alice.put(path + "/status", "{\"status\": \"SNOOZED\", \"until\": \"" + Instant.now().plus(Duration.ofHours(1)) + "\"}"), 200);
            ok(alice.put(path + "/status", "{\"status\": \"RESOLVED\"}"), 200);

            // She rates it, then writes from her email address: a second customer, merged, unmerged, merged again.
            Eventually.get("the survey", Duration.ofSeconds(30), () ->
                    twilio.requests().stream().filter(r -> phone.equals(r.form().get("To"))
                            && r.form().get("Body").startsWith("How did we do?")).findFirst());
            erp.post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, null, "5", null));
            Eventually.get("the rating", Duration.ofSeconds(30), () -> Optional.of(alice.get(path).object())
                    .filter(c -> c.get("csat") instanceof JsonObject));
            String email = "nora." + run + "@example.com";
            erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Nora Quinn",
                    "Writing from my email about the parcel", null));
            long second = timeline.customerWith(email).getJsonNumber("id").longValue();
            long emailConversation = timeline.entryWithText(second, "Writing from my email about the parcel")
                    .getJsonNumber("conversationId").longValue();
            String customer = "/api/v1/customers/" + nora;
            ok(alice.post(customer + "/merge", "{\"from\": " + second + "}"), 200);
            long mergeId = alice.get(customer + "/merges").array().getJsonObject(0).getJsonNumber("id").longValue();
            ok(alice.post(customer + "/merges/" + mergeId + "/undo", null), 200);
            ok(alice.post(customer + "/merge", "{\"from\": " + second + "}"), 200);
            ok(alice.post(path + "/merge", "{\"into\": " + emailConversation + "}"), 200);

            // A supervisor makes her a VIP.
            ok(sam.put(customer + "/tier", "{\"tier\": \"VIP\"}"), 200);

            // And writes a help article about it.
            ok(sam.post("/api/v1/knowledge/articles", """
                    {"title": "VIP service", "body": "VIPs are answered first.", "language": "en", "category": "Service",
                     "status": "published"}"""), 201);
            // An operator rebuilds the search indexes.
            new BatchJobs(base).secondsToComplete("knowledge-reindex", Map.of(), Duration.ofSeconds(60));
            new BatchJobs(base).secondsToComplete("similar-conversations-reindex", Map.of(), Duration.ofSeconds(120));

            Set<String> seen = receiveAndCheckEveryEvent(events);
            Set<String> onTopic = Arrays.stream(EventType.values())
                    .filter(t -> t.onTopic() && t != EventType.CHAT_TYPING).map(EventType::json)
                    .collect(Collectors.toCollection(TreeSet::new));
            onTopic.removeAll(seen);
            assertEquals(Set.of(), onTopic, "event types the story did not raise; it raised " + seen);
        }
    }

    private static void setUp(Configuration configuration, String run) {
        String team = "Events" + run;
        String agent = "dana-" + run;
        configuration.createAlwaysOpenCalendar("Always " + run, "UTC");
        configuration.create("sla-policies", """
                {"name": "Fast %1$s", "position": 1, "calendar": "Always %1$s",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "targets": {"firstResponse": "PT2S", "resolution": "P1D"}, "warnAt": 0.5}""".formatted(run));
        configuration.create("queues", "{\"name\": \"events-" + run + "\", \"team\": \"" + team + "\", \"mode\": \"PUSH\"}");
        configuration.create("routing-rules", """
                {"name": "Events %1$s", "position": 1, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "events-%1$s"}}""".formatted(run));
        configuration.agent(agent, "{\"capacity\": {\"default\": 5}, \"teams\": [\"" + team + "\"]}");
        configuration.presence(agent, "ONLINE");
        configuration.create("automation-rules", """
                {"name": "Survey %1$s", "position": 900, "on": "conversation.status_changed",
                 "when": {"all": [{"field": "status", "op": "is", "value": "RESOLVED"},
                                  {"field": "tag", "op": "is", "value": "survey-%1$s"}]},
                 "do": [{"action": "csat"}]}""".formatted(run));
    }

    /** Every event published until the topic has been quiet for a while, each checked against its schema; their types. */
    private static Set<String> receiveAndCheckEveryEvent(JMSConsumer events) throws JMSException {
        Set<String> types = new TreeSet<>();
        List<String> broken = new ArrayList<>();
        for (Message m = events.receive(QUIET.toMillis()); m != null; m = events.receive(QUIET.toMillis())) {
            String body = m.getBody(String.class);
            EventContract.Check check = EventContract.check(body);
            assertEquals(check.type(), m.getStringProperty("eventType"), "the eventType property of " + body);
            types.add(check.type());
            if (!check.violations().isEmpty()) {
                broken.add(check.type() + ": " + check.violations() + " in " + body);
            }
        }
        assertTrue(broken.isEmpty(), "events that break their schema:\n" + String.join("\n", broken));
        return types;
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : reply.object();
    }
}
