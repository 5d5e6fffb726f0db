package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sarah writes on Instagram, then by email, then calls. Three channels give three profiles until an agent
 * merges them; then one profile holds every identity and one timeline tells the whole story in order.
 */
class CustomerStoryIT extends ContainerTest {

    @Test
    void sarahWritesOnInstagramThenByEmailThenCallsAndAnAgentMergesHerProfiles() throws Exception {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String instagramId = "1784" + Math.abs(run.hashCode());
        String email = "sarah." + run + "@example.com";
        String phone = Messages.uniquePhone();

        erp.post("/api/v1/messages", Messages.canonical("INSTAGRAM", "ig-" + run, instagramId, "Sarah Lee",
                "Hi! Order 48213 came in the wrong size.", "2026-11-20T10:00:00Z"));
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Sarah Lee",
                "Following up on my Instagram message about order 48213.", "2026-11-21T09:30:00Z"));
        Jms.sendToInbound(Messages.canonical("PHONE", "call-" + run, phone, null,
                "Called: still waiting for the return label for 48213.", "2026-11-22T16:45:00Z"));

        long byInstagram = id(timeline.customerWith(instagramId));
        long byEmail = id(timeline.customerWith(email));
        long byPhone = id(timeline.customerWith(phone));
        timeline.entryWithText(byPhone, "Called: still waiting for the return label for 48213.");
        assertEquals(3, List.of(byInstagram, byEmail, byPhone).stream().distinct().count(), "no automatic link yet");

        try (JMSContext jms = Jms.context()) {
            JMSConsumer merged = Jms.subscribe(jms, "customer.merged");
            assertEquals(200, alice.post("/api/v1/customers/" + byEmail + "/merge", "{\"from\": " + byInstagram + "}").status());
            Api.Reply second = alice.post("/api/v1/customers/" + byEmail + "/merge", "{\"from\": " + byPhone + "}");
            assertEquals(200, second.status(), second.body());

            JsonObject event = event(merged.receive(10_000));
            assertEquals("customer.merged", event.getString("type"));
            assertEquals(byEmail, event.getJsonObject("data").getJsonNumber("customerId").longValue());
            assertEquals(byInstagram, event.getJsonObject("data").getJsonNumber("mergedCustomerId").longValue());
            assertEquals("alice", event.getJsonObject("data").getString("actor"));
            assertNotNull(merged.receive(10_000), "the second merge is announced too");
        }

        JsonObject profile = alice.get("/api/v1/customers/" + byEmail).object();
        assertEquals("Sarah Lee", profile.getString("name"));
        assertEquals(List.of("INSTAGRAM", "EMAIL", "PHONE"), profile.getJsonArray("identities").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("type")).toList());
        assertEquals(byEmail, id(timeline.customerWith(instagramId)));
        assertEquals(byEmail, id(timeline.customerWith(phone)));

        List<JsonObject> story = timeline.entriesOf(byEmail);
        assertEquals(List.of("INSTAGRAM", "EMAIL", "PHONE"), story.stream().filter(e -> !"SYSTEM".equals(e.getString("type")))
                .map(e -> e.getString("channel")).toList(), "oldest first, by the time the customer wrote");
        assertEquals(List.of("MESSAGE", "MESSAGE", "CALL", "SYSTEM", "SYSTEM"), story.stream().map(e -> e.getString("type")).toList());
        assertTrue(story.get(3).getString("text").startsWith("Merged Sarah Lee (customer " + byInstagram + ") into this profile"),
                story.get(3).toString());
        assertEquals("alice", story.get(3).getString("author"));

        JsonObject mergedAway = alice.get("/api/v1/customers/" + byPhone).object();
        assertEquals("MERGED", mergedAway.getString("status"));
        assertEquals(byEmail, mergedAway.getJsonNumber("mergedInto").longValue());
        assertEquals(List.of("Merged into Sarah Lee (customer " + byEmail + ")."),
                timeline.entriesOf(byPhone).stream().map(e -> e.getString("text")).toList(), "the merged profile's timeline says where everything went");

        long conversationId = story.get(0).getJsonNumber("conversationId").longValue();
        JsonObject conversation = alice.get("/api/v1/conversations/" + conversationId).object();
        assertEquals(byEmail, conversation.getJsonNumber("customerId").longValue());
        assertEquals("OPEN", conversation.getString("status"));
        assertEquals("default", conversation.getString("queue"));
        assertEquals("INSTAGRAM", conversation.getString("startedOn"));
    }

    @Test
    void mergeRefusesWhatCannotBeMergedAndOnlyPeopleMayMerge() {
        Api erp = Api.as(base, "erp");
        Api bob = Api.as(base, "bob");
        Timeline timeline = new Timeline(bob);
        String a = "merge-a-" + Messages.unique() + "@example.com";
        String b = "merge-b-" + Messages.unique() + "@example.com";
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<a" + a + ">", a, null, "first", null));
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<b" + b + ">", b, null, "second", null));
        long first = id(timeline.customerWith(a));
        long second = id(timeline.customerWith(b));

        assertEquals(403, erp.post("/api/v1/customers/" + first + "/merge", "{\"from\": " + second + "}").status());
        assertEquals(409, bob.post("/api/v1/customers/" + first + "/merge", "{\"from\": " + first + "}").status());
        Api.Reply missing = bob.post("/api/v1/customers/" + first + "/merge", "{}");
        assertEquals(400, missing.status());
        assertEquals("from", missing.object().getString("field"));
        assertEquals(404, bob.post("/api/v1/customers/" + first + "/merge", "{\"from\": 999999999}").status());
        assertEquals(200, bob.post("/api/v1/customers/" + first + "/merge", "{\"from\": " + second + "}").status());
        assertEquals(409, bob.post("/api/v1/customers/" + second + "/merge", "{\"from\": " + first + "}").status(),
                "nothing can be merged into a profile that was merged away");
    }

    @Test
    void anAgentPutsAPhoneNumberOnFileAndTheCustomersTextsFromItJoinTheirProfile() {
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String email = "kim." + run + "@example.com";
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email,
                "Kim Ode", "Please call me back", null));
        long kim = id(timeline.customerWith(email));
        String phone = Messages.uniquePhone();
        String national = "(" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);

        Api.Reply added = alice.post("/api/v1/customers/" + kim + "/identities", "{\"type\": \"phone\", \"value\": \"" + national + "\"}");
        assertEquals(201, added.status(), added.body());
        JsonObject onFile = added.object().getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                .filter(i -> "PHONE".equals(i.getString("type"))).findFirst().orElseThrow();
        assertEquals(phone, onFile.getString("value"), "normalized to E.164");
        assertEquals("added by alice", onFile.getString("source"));
        assertEquals(200, alice.post("/api/v1/customers/" + kim + "/identities", "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}").status());
        timeline.entryWithText(kim, "alice added PHONE " + phone);

        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + run, phone, null, "Texting instead", null));
        timeline.entryWithText(kim, "Texting instead");

        String otherPhone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM2" + run, otherPhone, null, "Someone else", null));
        long other = id(timeline.customerWith(otherPhone));
        Api.Reply taken = alice.post("/api/v1/customers/" + kim + "/identities", "{\"type\": \"PHONE\", \"value\": \"" + otherPhone + "\"}");
        assertEquals(409, taken.status());
        assertEquals("PHONE " + otherPhone + " already belongs to customer " + other + "; merge the two customers instead",
                taken.object().getString("message"));
        Api.Reply invalid = alice.post("/api/v1/customers/" + kim + "/identities", "{\"type\": \"PHONE\", \"value\": \"12\"}");
        assertEquals(400, invalid.status());
        assertEquals("value", invalid.object().getString("field"));
        assertEquals("type", alice.post("/api/v1/customers/" + kim + "/identities", "{\"type\": \"FAX\", \"value\": \"1\"}")
                .object().getString("field"));
        assertEquals(404, alice.post("/api/v1/customers/999999999/identities", "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}").status());
    }

    @Test
    void aNewUserFindsTheDemoCustomers() {
        Timeline timeline = new Timeline(Api.as(base, "sam"));
        JsonObject sarah = timeline.customerWith("sarah.lee@example.com");
        assertEquals("Sarah Lee", sarah.getString("name"));
        assertEquals(List.of("ERP", "EMAIL", "INSTAGRAM", "PHONE"), sarah.getJsonArray("identities").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("type")).toList());
        assertEquals("C-10017", sarah.getJsonObject("enrichment").getString("erpCustomerNumber"));
        assertEquals("SO-48377", sarah.getJsonObject("enrichment").getString("lastOrderNumber"));
        JsonObject helen = timeline.customerWith("helen.park@northwind.example");
        assertEquals("VIP", helen.getString("tier"));
        assertEquals(false, helen.getBoolean("tierChosen"), "VIP by her lifetime value, not by hand");
        assertEquals("EUR 6,630.00", helen.getJsonObject("enrichment").getJsonObject("lifetimeValue").getString("display"));
    }

    private static long id(JsonObject customer) {
        return customer.getJsonNumber("id").longValue();
    }

    private static JsonObject event(Message message) throws Exception {
        assertNotNull(message, "an event was published");
        return Json.createReader(new StringReader(message.getBody(String.class))).readObject();
    }
}
