package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing as an admin sets it up and customers meet it: rules by tier and urgency, by whole words and by language;
 * push queues that assign only online agents with room, and the waiting conversation that goes to the first agent who
 * frees up; capacity held under a burst of parallel messages.
 */
class RoutingIT extends ContainerTest {

    private Configuration configuration;
    private Api erp;
    private Api sam;
    private Timeline timeline;
    private String run;

    @BeforeEach
    void setUp() {
        configuration = new Configuration(base);
        erp = Api.as(base, "erp");
        sam = Api.as(base, "sam");
        timeline = new Timeline(sam);
        run = Messages.unique();
    }

    @AfterEach
    void tearDown() {
        configuration.removeAll();
    }

    @Test
    void anAngryVipOnWhatsAppLandsFirstInThePremiumQueueAndARefundGoesToFinanceButNotNonrefundable() {
        configuration.create("queues", "{\"name\": \"premium-" + run + "\", \"mode\": \"PULL\"}");
        configuration.create("queues", "{\"name\": \"finance-" + run + "\", \"mode\": \"PULL\"}");
        configuration.create("routing-rules", """
                {"name": "Angry VIPs %1$s", "position": 1, "when": {"all": [
                  {"field": "customer.tier", "op": "is", "value": "VIP"}, {"field": "urgency", "op": "gte", "value": 70},
                  {"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "premium-%1$s", "priority": 1, "tags": ["angry-vip"]}}""".formatted(run));
        configuration.create("routing-rules", """
                {"name": "Refunds %1$s", "position": 2, "when": {"all": [
                  {"field": "text", "op": "containsWord", "value": ["refund", "refunds"]},
                  {"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "finance-%1$s", "priority": 2, "tags": ["billing"]}}""".formatted(run));

        String vipPhone = Messages.uniquePhone();
        long vip = customerWhoWrote("WHATSAPP", vipPhone, "Hello, quick question " + run);
        assertEquals(200, sam.put("/api/v1/customers/" + vip + "/tier", "{\"tier\": \"VIP\"}").status());
        resolveAll(vip);
        JsonObject angry = conversationOf(vip, "WHATSAPP", vipPhone,
                "This is UNACCEPTABLE!!! I want a refund NOW, third time I write " + run);
        assertEquals("premium-" + run, angry.getString("queue"));
        assertEquals(1, angry.getInt("priority"));
        assertTrue(angry.getJsonArray("tags").toString().contains("angry-vip"), angry.toString());
        assertTrue(angry.getInt("urgency") >= 70, angry.toString());

        JsonObject refund = conversationOf(null, "EMAIL", "refund-" + run + "@example.com",
                "Please send my refund for order 1234 " + run);
        assertEquals("finance-" + run, refund.getString("queue"));
        assertTrue(refund.getJsonArray("tags").toString().contains("billing"));

        JsonObject nonrefundable = conversationOf(null, "EMAIL", "nonrefundable-" + run + "@example.com",
                "Is the nonrefundable ticket transferable? " + run);
        assertEquals("default", nonrefundable.getString("queue"));
    }

    @Test
    void aGermanMessageRoutesByItsLanguage() {
        configuration.create("queues", "{\"name\": \"german-" + run + "\", \"mode\": \"PULL\"}");
        configuration.create("routing-rules", """
                {"name": "German %1$s", "position": 3, "when": {"all": [{"field": "language", "op": "is", "value": "de"},
                  {"field": "text", "op": "containsWord", "value": "%1$s"}]}, "then": {"queue": "german-%1$s"}}""".formatted(run));
        JsonObject german = conversationOf(null, "EMAIL", "kunde-" + run + "@example.de",
                "Guten Tag, meine Bestellung ist noch nicht angekommen und ich warte seit zwei Wochen darauf. " + run);
        assertEquals("de", german.getString("language"));
        assertEquals("german-" + run, german.getString("queue"));
        JsonObject english = conversationOf(null, "EMAIL", "customer-" + run + "@example.com",
                "Hello, my order has not arrived yet and I have been waiting for two weeks now. " + run);
        assertEquals("en", english.getString("language"));
        assertEquals("default", english.getString("queue"));
    }

    @Test
    void anAgentOfflineOrAtCapacityGetsNothingNewAndTheWaitingOneTheMomentTheyFreeUpOrGetMoreRoom() {
        String team = "Push" + run;
        String dana = "dana-" + run;
        configuration.create("queues", "{\"name\": \"push-" + run + "\", \"team\": \"" + team + "\", \"mode\": \"PUSH\"}");
        configuration.create("routing-rules", """
                {"name": "Push %1$s", "position": 4, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "push-%1$s"}}""".formatted(run));
        configuration.agent(dana, "{\"capacity\": {\"default\": 1}, \"teams\": [\"" + team + "\"]}");

        String firstPhone = Messages.uniquePhone();
        JsonObject first = conversationOf(null, "SMS", firstPhone, "My card was charged twice " + run);
        assertEquals("push-" + run, first.getString("queue"));
        assertNull(first.getString("assignee", null), "nobody is online, so it waits");

        configuration.presence(dana, "ONLINE");
        assigned(first.getJsonNumber("id").longValue(), dana);
        JsonObject again = conversationOf(first.getJsonNumber("customerId").longValue(), "WHATSAPP", firstPhone,
                "Any news about the double charge? " + run);
        assertEquals(first.getJsonNumber("id").longValue(), again.getJsonNumber("id").longValue());
        assertEquals(dana, again.getString("assignee", null), "the customer keeps their agent on another channel");

        JsonObject second = conversationOf(null, "SMS", Messages.uniquePhone(), "Where is my parcel " + run);
        assertNull(second.getString("assignee", null), "dana is at capacity: " + second);

        assertEquals(200, sam.put("/api/v1/conversations/" + first.getJsonNumber("id").longValue() + "/status",
                "{\"status\": \"RESOLVED\"}").status());
        assigned(second.getJsonNumber("id").longValue(), dana);

        JsonObject third = conversationOf(null, "SMS", Messages.uniquePhone(), "My refund never came " + run);
        assertNull(third.getString("assignee", null), "dana is full again");
        configuration.agent(dana, "{\"capacity\": {\"default\": 2}, \"teams\": [\"" + team + "\"]}");
        assigned(third.getJsonNumber("id").longValue(), dana);
    }

    @Test
    void twentyParallelMessagesNeverPushAnAgentPastCapacity() throws Exception {
        String team = "Burst" + run;
        configuration.create("queues", "{\"name\": \"burst-" + run + "\", \"team\": \"" + team
                + "\", \"mode\": \"PUSH\", \"strategy\": \"LEAST_LOADED\"}");
        configuration.create("routing-rules", """
                {"name": "Burst %1$s", "position": 5, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "burst-%1$s"}}""".formatted(run));
        String f1 = "fern-" + run;
        String f2 = "finn-" + run;
        configuration.agent(f1, "{\"capacity\": {\"default\": 3}, \"teams\": [\"" + team + "\"]}");
        configuration.agent(f2, "{\"capacity\": {\"default\": 5, \"SMS\": 2}, \"teams\": [\"" + team + "\"]}");
        configuration.presence(f1, "ONLINE");
        configuration.presence(f2, "ONLINE");

        List<String> phones = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(10);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String phone = Messages.uniquePhone();
            phones.add(phone);
            String body = Messages.canonical("SMS", "burst-" + run + "-" + i, phone, null, "Burst " + i + " " + run, null);
            sent.add(senders.submit(() -> erp.post("/api/v1/messages", body).status()));
        }
        for (Future<Integer> status : sent) {
            assertEquals(202, status.get());
        }
        senders.shutdown();
        List<JsonObject> conversations = new ArrayList<>();
        for (String phone : phones) {
            long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
            long id = Eventually.get("the conversation of " + phone, Duration.ofSeconds(60), () -> timeline.entriesOf(customer)
                    .stream().filter(e -> e.containsKey("conversationId")).findFirst()
                    .map(e -> e.getJsonNumber("conversationId").longValue()));
            conversations.add(conversation(id));
        }
        long toF1 = conversations.stream().filter(c -> f1.equals(c.getString("assignee", null))).count();
        long toF2 = conversations.stream().filter(c -> f2.equals(c.getString("assignee", null))).count();
        assertEquals(3, toF1, "fern holds 3 at most");
        assertEquals(2, toF2, "finn holds 2 SMS conversations at most");
        assertEquals(15, conversations.stream().filter(c -> c.getString("assignee", null) == null).count());
    }

    private void assigned(long conversation, String agent) {
        Eventually.get(agent + " assigned conversation " + conversation, Duration.ofSeconds(30), () ->
                Optional.of(conversation(conversation)).filter(c -> agent.equals(c.getString("assignee", null))));
    }

    private long customerWhoWrote(String channel, String handle, String text) {
        erp.post("/api/v1/messages", Messages.canonical(channel, "m-" + Messages.unique(), handle, null, text, null));
        long customer = timeline.customerWith(handle).getJsonNumber("id").longValue();
        timeline.entryWithText(customer, text);
        return customer;
    }

    /** The customer's conversations are resolved, so their next message opens a new one. */
    private void resolveAll(long customer) {
        timeline.entriesOf(customer).stream().filter(e -> e.containsKey("conversationId"))
                .map(e -> e.getJsonNumber("conversationId").longValue()).distinct()
                .forEach(id -> sam.put("/api/v1/conversations/" + id + "/status", "{\"status\": \"RESOLVED\"}"));
    }

    /** The customer writes; the conversation their message landed in, as the API shows it. */
    private JsonObject conversationOf(Long knownCustomer, String channel, String handle, String text) {
        Api.Reply accepted = erp.post("/api/v1/messages", Messages.canonical(channel, "m-" + Messages.unique(), handle, null, text, null));
        assertEquals(202, accepted.status(), accepted.body());
        long customer = knownCustomer != null ? knownCustomer : timeline.customerWith(handle).getJsonNumber("id").longValue();
        JsonObject entry = timeline.entryWithText(customer, text);
        return conversation(entry.getJsonNumber("conversationId").longValue());
    }

    private JsonObject conversation(long id) {
        Api.Reply reply = sam.get("/api/v1/conversations/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }
}
