package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin API of routing configuration as an admin and a supervisor meet it: bad configuration refused whole with
 * the field named, positions that clash shifting the others, references that must exist, every change audited, the
 * dry run telling what a message would get, and supervisors reading but not writing.
 */
class AdminConfigurationIT extends ContainerTest {

    private Api ada;
    private Configuration configuration;
    private String run;

    @BeforeEach
    void setUp() {
        ada = Api.as(base, "ada");
        configuration = new Configuration(base);
        run = Messages.unique();
    }

    @AfterEach
    void tearDown() {
        configuration.removeAll();
    }

    @Test
    void badConfigurationIsRefusedNamingTheFieldAndNothingIsStored() {
        refused("routing-rules", "{\"name\": \"r" + run + "\", \"position\": 1, \"then\": {\"queue\": \"default\"}, \"colour\": \"red\"}",
                "colour");
        refused("routing-rules", "{\"name\": \"r" + run + "\", \"position\": 1, \"when\": {\"all\": [{\"field\": \"text\","
                + " \"op\": \"like\", \"value\": \"x\"}]}, \"then\": {\"queue\": \"default\"}}", "when.all[0].op");
        refused("routing-rules", "{\"name\": \"r" + run + "\", \"position\": 1, \"when\": {\"all\": [{\"field\": \"text\","
                + " \"op\": \"matches\", \"value\": \"(unclosed\"}]}, \"then\": {\"queue\": \"default\"}}", "when.all[0].value");
        refused("routing-rules", "{\"name\": \"r" + run + "\", \"position\": 1, \"then\": {\"queue\": \"nowhere-" + run + "\"}}",
                "then.queue");
        refused("calendars", "{\"name\": \"c" + run + "\", \"zone\": \"Mars/Olympus\", \"hours\": {\"MON\": [\"09:00-17:00\"]}}", "zone");
        refused("sla-policies", "{\"name\": \"s" + run + "\", \"position\": 1, \"targets\": {\"firstResponse\": \"one hour\"}}",
                "targets.firstResponse");
        refused("queues", "{\"name\": \"q" + run + "\", \"mode\": \"SHOVE\"}", "mode");
        assertEquals(404, ada.get("/api/v1/admin/routing-rules/r" + run).status());
        assertEquals(404, ada.get("/api/v1/admin/queues/q" + run).status());
    }

    @Test
    void aPositionThatClashesShiftsTheOthersAndEveryChangeIsAudited() {
        configuration.create("queues", "{\"name\": \"q-" + run + "\"}");
        configuration.create("routing-rules", rule("a-" + run, 500));
        configuration.create("routing-rules", rule("b-" + run, 501));
        configuration.create("routing-rules", rule("c-" + run, 500));
        assertEquals(500, position("c-" + run));
        assertEquals(501, position("a-" + run));
        assertEquals(502, position("b-" + run));

        List<JsonObject> audit = ada.get("/api/v1/admin/audit?kind=routing-rule&limit=5").array().getValuesAs(JsonObject.class);
        assertEquals("c-" + run, audit.get(0).getString("name"), "newest first");
        assertTrue(audit.stream().anyMatch(e -> e.getString("name").equals("c-" + run) && e.getString("action").equals("CREATED")
                && e.getString("actor").equals("ada") && e.isNull("before")), audit.toString());
        assertTrue(audit.stream().anyMatch(e -> e.getString("name").equals("a-" + run) && e.getString("action").equals("MOVED")
                && e.getJsonObject("before").getInt("position") == 500 && e.getJsonObject("after").getInt("position") == 501));

        Api.Reply inUse = ada.delete("/api/v1/admin/queues/q-" + run);
        assertEquals(409, inUse.status(), inUse.body());
        assertTrue(inUse.body().contains("a-" + run) || inUse.body().contains("c-" + run), inUse.body());
    }

    @Test
    void theDryRunTellsWhatAMessageWouldGetAndStoresNothing() {
        configuration.create("queues", "{\"name\": \"dry-" + run + "\"}");
        configuration.create("routing-rules", """
                {"name": "Dry %1$s", "position": 600, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "then": {"queue": "dry-%1$s", "priority": 1, "tags": ["dry"]}}""".formatted(run));
        String phone = Messages.uniquePhone();
        Api.Reply answer = ada.post("/api/v1/admin/routing/dry-run", Messages.canonical("SMS", "dry-" + run, phone, null,
                "Guten Tag, mein Paket ist noch nicht angekommen und ich brauche es dringend. Können Sie bitte nachsehen, wo es ist? " + run, null));
        assertEquals(200, answer.status(), answer.body());
        JsonObject result = answer.object();
        assertEquals("dry-" + run, result.getJsonObject("routing").getString("queue"));
        assertEquals(1, result.getJsonObject("routing").getInt("priority"));
        assertTrue(result.getJsonObject("routing").getJsonArray("rules").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("rule").equals("Dry " + run) && r.getString("outcome").equals("MATCHED")));
        assertEquals("de", result.getString("language"));
        assertTrue(result.isNull("customer"), "a new sender");
        assertTrue(new Timeline(ada).customersWith(phone).isEmpty(), "nothing stored");
    }

    @Test
    void supervisorsReadButDoNotWriteAndAgentsSeeNothing() {
        Api sam = Api.as(base, "sam");
        assertEquals(200, sam.get("/api/v1/admin/routing-rules").status());
        assertEquals(200, sam.get("/api/v1/admin/audit").status());
        assertEquals(403, sam.post("/api/v1/admin/queues", "{\"name\": \"sam-" + run + "\"}").status());
        assertEquals(403, Api.as(base, "alice").get("/api/v1/admin/queues").status());
        assertEquals(403, Api.as(base, "alice").put("/api/v1/agents/bob/presence", "{\"status\": \"ONLINE\"}").status());
        Api.Reply own = Api.as(base, "alice").put("/api/v1/agents/me/presence", "{\"status\": \"AWAY\"}");
        assertEquals(200, own.status(), own.body());
        assertEquals("AWAY", Api.as(base, "alice").get("/api/v1/agents/me/presence").object().getString("status"));
        assertEquals(400, Api.as(base, "alice").put("/api/v1/agents/me/presence", "{\"status\": \"BUSY\"}").status());
        Api.as(base, "alice").put("/api/v1/agents/me/presence", "{\"status\": \"OFFLINE\"}");
    }

    private String rule(String name, int position) {
        return "{\"name\": \"" + name + "\", \"position\": " + position + ", \"when\": {\"all\": [{\"field\": \"text\","
                + " \"op\": \"containsWord\", \"value\": \"" + run + "\"}]}, \"then\": {\"queue\": \"q-" + run + "\"}}";
    }

    private int position(String name) {
        return ada.get("/api/v1/admin/routing-rules/" + name).object().getInt("position");
    }

    private void refused(String kind, String json, String field) {
        Api.Reply reply = ada.post("/api/v1/admin/" + kind, json);
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.object().getString("field"), reply.body());
    }
}
