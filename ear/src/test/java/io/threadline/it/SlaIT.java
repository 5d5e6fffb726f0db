package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SLA clocks as an agent sees them on the conversation: the policy that matches a new conversation sets its due times
 * in the calendar's business time; a warning and then a breach are recorded once each, on the conversation and the
 * timeline; while the conversation is pending on the customer the clock stands still; an agent's reply in time stops it.
 */
class SlaIT extends ContainerTest {

    private Configuration configuration;
    private Api erp;
    private Api alice;
    private Timeline timeline;
    private String run;

    @BeforeEach
    void setUp() {
        configuration = new Configuration(base);
        erp = Api.as(base, "erp");
        alice = Api.as(base, "alice");
        timeline = new Timeline(alice);
        run = Messages.unique();
        configuration.createAlwaysOpenCalendar("Always " + run, "Europe/Berlin");
        configuration.create("sla-policies", """
                {"name": "Fast %1$s", "position": 1, "calendar": "Always %1$s",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "targets": {"firstResponse": "PT4S", "resolution": "PT1H"}, "warnAt": 0.5}""".formatted(run));
    }

    @AfterEach
    void tearDown() {
        configuration.removeAll();
    }

    @Test
    void aBreachIsRecordedOnceOnTheConversationAndTheTimelineAndEscalatesOnce() {
        configuration.create("automation-rules", """
                {"name": "Escalate breaches %1$s", "position": 1, "on": "sla.breached",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "do": [{"action": "escalate", "team": "billing", "reason": "SLA breached"}]}""".formatted(run));
        Instant before = Instant.now();
        JsonObject conversation = conversationOf(Messages.uniquePhone(), "Nobody answers me " + run);
        JsonObject sla = conversation.getJsonObject("sla");
        assertEquals("Fast " + run, sla.getString("policy"));
        Instant due = Instant.parse(sla.getString("firstResponseDueAt"));
        assertTrue(!due.isBefore(before.plusSeconds(4)) && due.isBefore(Instant.now().plusSeconds(5)), sla.toString());
        long id = conversation.getJsonNumber("id").longValue();
        long customer = conversation.getJsonNumber("customerId").longValue();

        JsonObject breached = Eventually.get("the first-response breach", Duration.ofSeconds(30), () ->
                Optional.of(conversation(id)).filter(c -> !c.getJsonObject("sla").getJsonArray("breaches").isEmpty()));
        JsonObject breach = breached.getJsonObject("sla").getJsonArray("breaches").getJsonObject(0);
        assertEquals("FIRST_RESPONSE", breach.getString("target"));
        assertEquals(due, Instant.parse(breach.getString("at")));

        sleep(Duration.ofSeconds(3));
        assertEquals(1, conversation(id).getJsonObject("sla").getJsonArray("breaches").size());
        assertEquals(1, entriesStartingWith(customer, "SLA breached: the first response"));
        assertEquals(1, entriesStartingWith(customer, "SLA warning: the first response"));
        assertEquals("billing", conversation(id).getString("queue"), "the automation rule escalated it");
        assertEquals(1, timeline.entriesOf(customer).stream()
                .filter(e -> e.getString("text", "").startsWith("automation escalated it to billing")).count());
    }

    @Test
    void theClockStandsStillWhilePendingOnTheCustomerAndAReplyInTimeStopsIt() {
        String phone = Messages.uniquePhone();
        JsonObject conversation = conversationOf(phone, "Question about my invoice " + run);
        long id = conversation.getJsonNumber("id").longValue();
        Instant due = Instant.parse(conversation.getJsonObject("sla").getString("firstResponseDueAt"));
        Api.Reply pending = alice.put("/api/v1/conversations/" + id + "/status", "{\"status\": \"PENDING\"}");
        assertEquals(200, pending.status(), pending.body());
        assertNotNull(conversation(id).getJsonObject("sla").getString("pausedSince", null));

        sleep(Duration.ofSeconds(6));
        assertTrue(conversation(id).getJsonObject("sla").getJsonArray("breaches").isEmpty(), "no breach while pending");

        erp.post("/api/v1/messages", Messages.canonical("SMS", "m-" + Messages.unique(), phone, null,
                "Here is the invoice number you asked for " + run, null));
        JsonObject resumed = Eventually.get("the clock running again", Duration.ofSeconds(30), () ->
                Optional.of(conversation(id)).filter(c -> c.getJsonObject("sla").getString("pausedSince", null) == null
                        && "OPEN".equals(c.getString("status"))));
        Instant movedTo = Instant.parse(resumed.getJsonObject("sla").getString("firstResponseDueAt"));
        assertTrue(movedTo.isAfter(due.plusSeconds(5)), "due " + due + " moved by the paused time to " + movedTo);

        Api.Reply reply = alice.post("/api/v1/conversations/" + id + "/replies", "{\"channel\": \"SMS\", \"text\": \"Thanks, on it\"}");
        assertEquals(202, reply.status(), reply.body());
        assertNotNull(conversation(id).getJsonObject("sla").getString("firstResponseAt", null));
        sleep(Duration.ofSeconds(6));
        assertTrue(conversation(id).getJsonObject("sla").getJsonArray("breaches").isEmpty(), "answered in time");
    }

    private JsonObject conversationOf(String phone, String text) {
        assertEquals(202, erp.post("/api/v1/messages", Messages.canonical("SMS", "m-" + Messages.unique(), phone, null, text, null)).status());
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        JsonObject entry = timeline.entryWithText(customer, text);
        return conversation(entry.getJsonNumber("conversationId").longValue());
    }

    private long entriesStartingWith(long customer, String start) {
        return timeline.entriesOf(customer).stream().filter(e -> e.getString("text", "").startsWith(start)).count();
    }

    private JsonObject conversation(long id) {
        Api.Reply reply = alice.get("/api/v1/conversations/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
