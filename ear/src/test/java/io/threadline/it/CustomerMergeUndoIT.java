package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merging with a preview, undoing exactly what a merge moved (and announcing it), the refusals of undo, and merge
 * suggestions an agent dismisses.
 */
class CustomerMergeUndoIT extends ContainerTest {

    @Test
    void undoingAMergeRestoresBothCustomersExactlyAndAnnouncesIt() throws Exception {
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        long kept = customerWriting("EMAIL", "kept." + run + "@example.com", "Olga Berg", "Where is my order " + run + "?");
        long other = customerWriting("SMS", Messages.uniquePhone(), "Olga B", "Texting about order " + run);
        long otherConversation = timeline.entriesOf(other).get(0).getJsonNumber("conversationId").longValue();
        assertEquals(200, alice.put("/api/v1/conversations/" + otherConversation + "/tags/returns", null).status());
        assertEquals(201, alice.post("/api/v1/conversations/" + otherConversation + "/notes", "{\"text\": \"asked for a label\"}").status());
        Snapshot keptBefore = snapshot(alice, kept);
        Snapshot otherBefore = snapshot(alice, other);

        JsonObject preview = alice.get("/api/v1/customers/" + kept + "/merge-preview?from=" + other).object();
        assertEquals(otherBefore.identities(), preview.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("type") + ":" + i.getString("value")).collect(Collectors.toSet()));
        JsonObject moving = preview.getJsonArray("conversations").getJsonObject(0);
        assertEquals(otherConversation, moving.getJsonObject("conversation").getJsonNumber("id").longValue());
        assertEquals(3, moving.getJsonNumber("entries").longValue(), "the message, the tagging and the note");
        assertEquals(3, preview.getJsonNumber("entries").longValue());
        assertEquals(List.of("returns"), preview.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("Olga Berg", preview.getString("nameAfter"));
        assertEquals(keptBefore.entries(), snapshot(alice, kept).entries(), "a preview changes nothing");

        assertEquals(200, alice.post("/api/v1/customers/" + kept + "/merge", "{\"from\": " + other + "}").status());
        JsonObject merge = alice.get("/api/v1/customers/" + kept + "/merges").array().getJsonObject(0);
        long mergeId = merge.getJsonNumber("id").longValue();
        assertEquals(other, merge.getJsonNumber("mergedCustomerId").longValue());
        assertEquals("alice", merge.getString("mergedBy"));
        assertEquals(3, merge.getInt("entriesMoved"));
        assertEquals(1, merge.getInt("conversationsMoved"));

        String laterPhone = Messages.uniquePhone();
        assertEquals(201, alice.post("/api/v1/customers/" + kept + "/identities", "{\"type\": \"PHONE\", \"value\": \"" + laterPhone + "\"}").status());
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "later-" + run, otherBefore.anyPhone(), null,
                "One more thing about order " + run, null));
        JsonObject laterMessage = timeline.entryWithText(kept, "One more thing about order " + run);
        assertEquals(otherConversation, laterMessage.getJsonNumber("conversationId").longValue(), "joins the moved conversation");

        try (JMSContext jms = Jms.context()) {
            JMSConsumer unmerged = Jms.subscribe(jms, "customer.unmerged");
            Api.Reply undo = Api.as(base, "bob").post("/api/v1/customers/" + kept + "/merges/" + mergeId + "/undo", null);
            assertEquals(200, undo.status(), undo.body());
            assertEquals("bob", undo.object().getString("undoneBy"));

            JsonObject event = event(unmerged.receive(10_000));
            JsonObject data = event.getJsonObject("data");
            assertEquals(kept, data.getJsonNumber("customerId").longValue());
            assertEquals(other, data.getJsonNumber("mergedCustomerId").longValue());
            assertEquals(mergeId, data.getJsonNumber("mergeId").longValue());
            assertEquals("bob", data.getString("actor"));
            assertEquals(4, data.getInt("entriesMoved"), "the three that moved and the message written since into their conversation");
        }

        Snapshot keptAfter = snapshot(alice, kept);
        Snapshot otherAfter = snapshot(alice, other);
        assertEquals("ACTIVE", otherAfter.status());
        assertEquals(otherBefore.identities(), otherAfter.identities());
        assertEquals(otherBefore.conversations(), otherAfter.conversations());
        assertTrue(otherAfter.entries().containsAll(otherBefore.entries()));
        assertTrue(otherAfter.entries().contains(laterMessage.getJsonNumber("id").longValue()));
        assertEquals(Set.of("returns"), Set.copyOf(alice.get("/api/v1/conversations/" + otherConversation).object()
                .getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
        Set<String> keptIdentities = new java.util.HashSet<>(keptBefore.identities());
        keptIdentities.add("PHONE:" + laterPhone);
        assertEquals(keptIdentities, keptAfter.identities(), "an identity added after the merge stays with the survivor");
        assertEquals(keptBefore.conversations(), keptAfter.conversations());
        assertTrue(keptAfter.entries().containsAll(keptBefore.entries()));
        assertTrue(keptAfter.entries().stream().noneMatch(otherAfter.entries()::contains));

        assertEquals("bob undid the merge of Olga B (customer " + other + ", merge " + mergeId
                + "): 1 identities, 1 conversations and 4 timeline entries moved back.", lastSystemText(alice, kept));
        assertEquals("bob undid the merge into Olga Berg (customer " + kept + ", merge " + mergeId
                + "): 1 identities, 1 conversations and 4 timeline entries are back on this profile.", lastSystemText(alice, other));

        Api.Reply twice = alice.post("/api/v1/customers/" + kept + "/merges/" + mergeId + "/undo", null);
        assertEquals(409, twice.status());
        assertTrue(twice.object().getString("message").startsWith("Merge " + mergeId + " was already undone by bob"), twice.body());
        assertEquals(404, alice.post("/api/v1/customers/" + other + "/merges/" + mergeId + "/undo", null).status(),
                "a merge is undone through its survivor");
        assertEquals(403, Api.as(base, "erp").post("/api/v1/customers/" + kept + "/merges/" + mergeId + "/undo", null).status());
    }

    @Test
    void aMergeWhoseSurvivorWasMergedAgainIsUndoneAfterTheLaterOne() {
        Api alice = Api.as(base, "alice");
        String run = Messages.unique();
        long a = customerWriting("EMAIL", "a." + run + "@example.com", null, "first " + run);
        long b = customerWriting("EMAIL", "b." + run + "@example.com", null, "second " + run);
        long c = customerWriting("EMAIL", "c." + run + "@example.com", null, "third " + run);
        assertEquals(200, alice.post("/api/v1/customers/" + a + "/merge", "{\"from\": " + b + "}").status());
        long first = mergeInto(alice, a);
        assertEquals(200, alice.post("/api/v1/customers/" + c + "/merge", "{\"from\": " + a + "}").status());
        long later = mergeInto(alice, c);

        Api.Reply refused = alice.post("/api/v1/customers/" + a + "/merges/" + first + "/undo", null);
        assertEquals(409, refused.status());
        assertTrue(refused.object().getString("message").contains("was merged into customer " + c + " since (merge " + later
                + ", by alice"), refused.body());
        assertTrue(refused.object().getString("message").endsWith("undo merge " + later + " first"), refused.body());

        assertEquals(200, alice.post("/api/v1/customers/" + c + "/merges/" + later + "/undo", null).status());
        assertEquals(200, alice.post("/api/v1/customers/" + a + "/merges/" + first + "/undo", null).status());
        Timeline timeline = new Timeline(alice);
        assertEquals(a, timeline.customerWith("a." + run + "@example.com").getJsonNumber("id").longValue());
        assertEquals(b, timeline.customerWith("b." + run + "@example.com").getJsonNumber("id").longValue());
        assertEquals(c, timeline.customerWith("c." + run + "@example.com").getJsonNumber("id").longValue());
    }

    @Test
    void theDemoMergeOfSarahCanBeUndone() {
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        long sarah = timeline.customerWith("sarah.lee@example.com").getJsonNumber("id").longValue();
        List<JsonObject> byAlice = alice.get("/api/v1/customers/" + sarah + "/merges").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.containsKey("undoneAt") || m.isNull("undoneAt")).filter(m -> "alice".equals(m.getString("mergedBy"))).toList();
        assertEquals(2, byAlice.size(), "the demo's two merges: " + byAlice);
        JsonObject oldest = byAlice.get(1);

        assertEquals(200, alice.post("/api/v1/customers/" + sarah + "/merges/" + oldest.getJsonNumber("id") + "/undo", null).status());
        long restored = oldest.getJsonNumber("mergedCustomerId").longValue();
        JsonObject profile = alice.get("/api/v1/customers/" + restored).object();
        assertEquals("ACTIVE", profile.getString("status"));
        String handle = profile.getJsonArray("identities").getJsonObject(0).getString("value");
        assertEquals(restored, timeline.customerWith(handle).getJsonNumber("id").longValue());
        assertTrue(timeline.entriesOf(restored).stream().anyMatch(e -> e.getString("text", "").contains("48213")));

        assertEquals(200, alice.post("/api/v1/customers/" + sarah + "/merge", "{\"from\": " + restored + "}").status(),
                "merged again, as the demo had it");
        assertEquals(sarah, timeline.customerWith(handle).getJsonNumber("id").longValue());
    }

    @Test
    void customersWithTheSameNameAreSuggestedUntilAnAgentSaysTheyAreNotTheSamePerson() {
        Api alice = Api.as(base, "alice");
        String run = Messages.unique();
        long zoe = customerWriting("EMAIL", "zoe." + run + "@example.com", "Zoë Quist " + run, "hello " + run);
        long alsoZoe = customerWriting("SMS", Messages.uniquePhone(), "  zoe   QUIST " + run.toUpperCase(), "hi " + run);
        long sameMailbox = customerWriting("EMAIL", "zoe." + run + "@other.example", "Z", "hey " + run);
        long onlyFirstName = customerWriting("EMAIL", "zq." + run + "@example.com", "Zoë", "yo " + run);

        List<JsonObject> suggestions = alice.get("/api/v1/customers/" + zoe + "/merge-suggestions").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(sameMailbox, alsoZoe), suggestions.stream().map(s -> s.getJsonNumber("customerId").longValue()).toList(),
                "highest score first");
        assertEquals("same email name (zoe." + run + "@example.com and zoe." + run + "@other.example)",
                suggestions.get(0).getJsonArray("reasons").getString(0));
        assertEquals(50, suggestions.get(0).getInt("score"));
        assertEquals(List.of("same name"), suggestions.get(1).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(30, suggestions.get(1).getInt("score"));
        assertTrue(alice.get("/api/v1/customers/" + onlyFirstName + "/merge-suggestions").array().isEmpty(),
                "a first name alone suggests nothing");

        Api.Reply dismissed = alice.post("/api/v1/customers/" + zoe + "/merge-suggestions/" + alsoZoe + "/dismiss", null);
        assertEquals(201, dismissed.status(), dismissed.body());
        assertEquals(List.of(sameMailbox), dismissed.array().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("customerId").longValue()).toList());
        assertTrue(alice.get("/api/v1/customers/" + alsoZoe + "/merge-suggestions").array().isEmpty(), "dismissed both ways");
        assertEquals(200, alice.post("/api/v1/customers/" + alsoZoe + "/merge-suggestions/" + zoe + "/dismiss", null).status());
        assertTrue(new Timeline(alice).entriesOf(alsoZoe).stream().anyMatch(e -> ("alice marked Zoë Quist " + run
                + " (customer " + zoe + ") as not the same person").equals(e.getString("text"))), "the decision is on the record");
    }

    /** A new customer writes once; returns the customer's id. */
    private long customerWriting(String channel, String handle, String name, String text) {
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical(channel, "m-" + Messages.unique(), handle, name, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(handle).getJsonNumber("id").longValue();
        timeline.entryWithText(customer, text);
        return customer;
    }

    private static long mergeInto(Api api, long survivor) {
        return api.get("/api/v1/customers/" + survivor + "/merges").array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String lastSystemText(Api api, long customer) {
        return new Timeline(api).entriesOf(customer).stream().filter(e -> "SYSTEM".equals(e.getString("type")))
                .reduce((x, y) -> y).orElseThrow().getString("text");
    }

    /** What a customer owns: identities, conversation ids, timeline entry ids. */
    private record Snapshot(String status, Set<String> identities, Set<Long> conversations, Set<Long> entries) {
        String anyPhone() {
            return identities.stream().filter(i -> i.startsWith("PHONE:")).findFirst().orElseThrow().substring(6);
        }
    }

    private static Snapshot snapshot(Api api, long customer) {
        JsonObject profile = api.get("/api/v1/customers/" + customer).object();
        return new Snapshot(profile.getString("status"),
                profile.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("type") + ":" + i.getString("value")).collect(Collectors.toSet()),
                profile.getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getJsonNumber("id").longValue()).collect(Collectors.toSet()),
                new Timeline(api).entriesOf(customer).stream().filter(e -> !"SYSTEM".equals(e.getString("type")))
                        .map(e -> e.getJsonNumber("id").longValue()).collect(Collectors.toSet()));
    }

    private static JsonObject event(Message message) throws Exception {
        assertNotNull(message, "the event was published");
        return Json.createReader(new StringReader(message.getBody(String.class))).readObject();
    }
}
