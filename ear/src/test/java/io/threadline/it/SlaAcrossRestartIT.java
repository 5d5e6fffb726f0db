package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SLA breach that falls due while the server is down fires once after it starts again, and the automation rule
 * on it escalates the conversation once. Runs outside the
 * Arquillian server, on a server of its own made from the test server's configuration (other ports, its own
 * Derby data, the plain EAR), which it starts, stops while the breach is due, starts again and removes.
 */
class SlaAcrossRestartIT {

    private static final int PORT_OFFSET = 7;
    private static ServerCopy server;
    private static URL base;

    @BeforeAll
    static void createServer() throws IOException {
        String template = System.getProperty("it.server");
        server = ServerCopy.of(template, template + "-restart", PORT_OFFSET, Map.of(),
                List.of("-Dcrm.sla.check-interval=PT1S", "-Dcrm.demo.seed=false", "-Dcrm.demo.accounts-allowed=true"));
        base = server.base();
    }

    @AfterAll
    static void removeServer() throws Exception {
        server.remove();
    }

    @Test
    void aBreachDueWhileTheServerIsDownFiresOnceAfterItStarts() throws Exception {
        server.start();
        String run = Messages.unique();
        Configuration configuration = new Configuration(base);
        configuration.create("sla-policies", """
                {"name": "Restart %1$s", "position": 1, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "targets": {"firstResponse": "PT40S"}}""".formatted(run));
        configuration.create("automation-rules", """
                {"name": "Escalate breaches %1$s", "position": 1, "on": "sla.breached",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "do": [{"action": "escalate", "team": "billing", "reason": "SLA breached"}]}""".formatted(run));
        String phone = Messages.uniquePhone();
        String text = "Is anybody there? " + run;
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "r-" + run, phone, null, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long id = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
        Instant due = Instant.parse(conversation(id).getJsonObject("sla").getString("firstResponseDueAt"));
        assertTrue(conversation(id).getJsonObject("sla").getJsonArray("breaches").isEmpty());

        server.stop();
        assertTrue(Instant.now().isBefore(due), "the server stopped before the breach was due (" + due + ")");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 2_000);
        server.start();

        JsonObject breached = Eventually.get("the breach after the restart", Duration.ofSeconds(60), () ->
                Optional.of(conversation(id)).filter(c -> !c.getJsonObject("sla").getJsonArray("breaches").isEmpty()));
        assertEquals("FIRST_RESPONSE", breached.getJsonObject("sla").getJsonArray("breaches").getJsonObject(0).getString("target"));
        Thread.sleep(3_000);
        assertEquals(1, conversation(id).getJsonObject("sla").getJsonArray("breaches").size());
        assertEquals(1, timeline.entriesOf(customer).stream()
                .filter(e -> e.getString("text", "").startsWith("SLA breached: the first response")).count());
        assertEquals("billing", conversation(id).getString("queue"));
        assertEquals(1, timeline.entriesOf(customer).stream()
                .filter(e -> e.getString("text", "").startsWith("automation escalated it to billing")).count(), "escalated once");
        configuration.removeAll();
    }

    private static JsonObject conversation(long id) {
        Api.Reply reply = Api.as(base, "alice").get("/api/v1/conversations/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }
}
