package io.threadline.it;

import io.threadline.scheduling.JobLauncher;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * identity-dedupe finds the customers who are one person written twice: one Gmail mailbox written two ways, one number
 * stored with two regions, the same name at a close address, an order of one mentioned by the other, one chat visitor
 * for both; and not their look-alikes. Agents see the pairs as merge suggestions with score and evidence; a re-run
 * updates them without doubling, a dismissed pair stays away, and with a score to merge from (the test server's
 * configuration allows 90 and more) the job merges the near-certain pair, which an agent undoes like any merge.
 */
class IdentityDedupeIT extends ContainerTest {

    private Api alice;
    private Api erp;
    private Timeline timeline;

    @BeforeEach
    void setUp() {
        alice = Api.as(base, "alice");
        erp = Api.as(base, "erp");
        timeline = new Timeline(alice);
    }

    @Test
    void theJobRecordsProbableDuplicatesWithTheirEvidenceAndMergesOnlyTheNearCertainOnesUndoably() throws Exception {
        String run = Messages.unique();
        int line = 1000 + ThreadLocalRandom.current().nextInt(8000);
        BatchJobs jobs = new BatchJobs(base);

        long ann = writing("EMAIL", "ann.lee." + run + "@gmail.com", "Ann");
        long annAgain = writing("EMAIL", "annlee" + run + "+shop@googlemail.com", "A Lee");
        long pia = writing("SMS", "+44207946" + line, "Pia");
        long piaAgain = writing("SMS", "+1207946" + line, "P");
        long notPia = writing("SMS", "+1207946" + (line + 1), "Pi");
        long bea = writing("EMAIL", "bea.ray." + run + "@example.com", "Bea");
        long notBea = writing("EMAIL", "bearay." + run + "@example.com", "Bee");
        long info = writing("EMAIL", "info@one" + run + ".example", null);
        long otherInfo = writing("EMAIL", "info@two" + run + ".example", null);
        String maja = "Lindqvist" + run;
        long majaHome = erpCustomerAt(maja, "221 Baker Street", "NW1 6XE");
        long majaAgain = erpCustomerAt(maja, "221 Baker St.", "NW1 6XE");
        long majaElsewhere = erpCustomerAt(maja, "17 Elm Road", "SW1A 1AA");
        String orderNumber = ErpMessages.orderNumber();
        long owner = orderOwner(orderNumber, "Owner" + run);
        long asker = writing("EMAIL", "wanda." + run + "@example.com", "Wanda", "Where is my parcel for " + orderNumber + "?");
        long kaiAtWork = writing("EMAIL", "kai.work." + run + "@example.com", "Kai");
        long kaiAtHome = visitorWhoMovesTo("kai.home." + run + "@example.com", "kai.work." + run + "@example.com");
        String sam = "Sam Stone" + run;
        long samOne = erpCustomerWith(sam, "sam.stone." + run + "@gmail.com", "+44207946" + (line + 2));
        long samTwo = erpCustomerWith(sam, "samstone" + run + "+x@googlemail.com", "+1207946" + (line + 2));

        long dry = jobs.start("identity-dedupe", Map.of("dryRun", "true", "autoMergeScore", "off"));
        assertEquals("COMPLETED", jobs.finalStatus(dry), jobs.log(dry));
        assertTrue(jobs.exitStatus(dry).startsWith("Dry run, nothing changed: "), jobs.exitStatus(dry));
        assertEquals(jobs.exitStatus(dry), run(dry).getString("summary"));
        assertTrue(run(dry).getJsonNumber("pairsFound").longValue() >= 6, run(dry).toString());
        assertEquals(Optional.empty(), suggestion(ann, annAgain).flatMap(IdentityDedupeIT::foundAt), "a dry run records nothing");

        long first = jobs.start("identity-dedupe", Map.of("autoMergeScore", "off"));
        assertEquals("COMPLETED", jobs.finalStatus(first), jobs.log(first));
        assertEquals(run(dry).getJsonNumber("pairsFound"), run(first).getJsonNumber("pairsFound"), "the dry run counted what the run recorded");

        assertRecorded(ann, annAgain, 95, "emails ann.lee." + run + "@gmail.com and annlee" + run
                + "+shop@googlemail.com are one mailbox");
        assertRecorded(piaAgain, pia, 85, "phones +1207946" + line + " and +44207946" + line + " are one number");
        assertRecorded(majaAgain, majaHome, 72, "same name, close addresses (221 Baker St., NW1 6XE London, GB and"
                + " 221 Baker Street, NW1 6XE London, GB)", "same name");
        assertRecorded(asker, owner, 60, "their order " + orderNumber + " is mentioned in a message");
        assertRecorded(kaiAtHome, kaiAtWork, 70, "chat visitor " + visitorOf(kaiAtWork) + " wrote for both");
        assertRecorded(samOne, samTwo, 99, "emails sam.stone." + run + "@gmail.com and samstone" + run
                + "+x@googlemail.com are one mailbox", "phones +1207946" + (line + 2) + " and +44207946" + (line + 2)
                + " are one number", "same name");

        JsonObject elsewhere = suggestion(majaHome, majaElsewhere).orElseThrow();
        assertEquals(30, elsewhere.getInt("score"), "the same name far away is a weak reason, shown but not recorded");
        assertEquals(Optional.empty(), foundAt(elsewhere));
        assertEquals(List.of("same name"), reasons(elsewhere));
        for (long[] lookAlikes : new long[][]{{pia, notPia}, {piaAgain, notPia}, {bea, notBea}, {info, otherInfo}}) {
            assertEquals(Optional.empty(), suggestion(lookAlikes[0], lookAlikes[1]), "dots outside Gmail, another number"
                    + " and a role mailbox at another domain say nothing");
        }

        long second = jobs.start("identity-dedupe", Map.of("autoMergeScore", "off"));
        assertEquals("COMPLETED", jobs.finalStatus(second), jobs.log(second));
        assertEquals(run(first).getJsonNumber("pairsFound"), run(second).getJsonNumber("pairsFound"));
        assertEquals(0, run(second).getInt("pairsNew"), "a re-run updates its pairs, never doubles them");
        assertEquals(1, suggestionsOf(ann).stream().filter(s -> id(s) == annAgain).count());
        assertRecorded(ann, annAgain, 95, "emails ann.lee." + run + "@gmail.com and annlee" + run
                + "+shop@googlemail.com are one mailbox");

        Api.Reply dismissed = alice.post("/api/v1/customers/" + annAgain + "/merge-suggestions/" + ann + "/dismiss", null);
        assertEquals(201, dismissed.status(), dismissed.body());
        long third = jobs.start("identity-dedupe", Map.of("autoMergeScore", "off"));
        assertEquals("COMPLETED", jobs.finalStatus(third), jobs.log(third));
        assertEquals(Optional.empty(), suggestion(ann, annAgain), "a dismissed pair does not come back");
        assertEquals(run(second).getJsonNumber("pairsFound").longValue() - 1, run(third).getJsonNumber("pairsFound").longValue());

        long merging = jobs.start("identity-dedupe", Map.of("autoMergeScore", "99"));
        assertEquals("COMPLETED", jobs.finalStatus(merging), jobs.log(merging));
        assertTrue(run(merging).getInt("pairsMerged") >= 1, run(merging).toString());
        assertEquals("MERGED", status(samTwo));
        JsonObject merge = alice.get("/api/v1/customers/" + samOne + "/merges").array().getJsonObject(0);
        assertEquals(samTwo, merge.getJsonNumber("mergedCustomerId").longValue());
        assertEquals("identity-dedupe", merge.getString("mergedBy"), "the timeline and the merge say who merged");
        assertEquals(samOne, customerWith("samstone" + run + "+x@googlemail.com"));
        assertEquals("ACTIVE", status(pia), "85 is below the run's 99: suggested, not merged");
        assertRecorded(piaAgain, pia, 85, "phones +1207946" + line + " and +44207946" + line + " are one number");

        Api.Reply undone = alice.post("/api/v1/customers/" + samOne + "/merges/" + merge.getJsonNumber("id") + "/undo", null);
        assertEquals(200, undone.status(), undone.body());
        assertEquals("ACTIVE", status(samOne));
        assertEquals("ACTIVE", status(samTwo));
        assertEquals(samTwo, customerWith("samstone" + run + "+x@googlemail.com"), "the undo gives back what the job moved");
        assertEquals(samTwo, customerWith("+1207946" + (line + 2)));

        long again = jobs.start("identity-dedupe", Map.of("autoMergeScore", "99"));
        assertEquals("COMPLETED", jobs.finalStatus(again), jobs.log(again));
        assertEquals("ACTIVE", status(samTwo), "a merge undone is never made again by the job");
    }

    @Test
    void aWrongParameterIsRefusedBeforeAJobInstanceExistsOrFailsTheJobAtOnceNamingIt() throws Exception {
        List<Long> runsBefore = runIds();
        Properties wrong = new Properties();
        wrong.put("minScore", "high");
        JobLauncher launcher = (JobLauncher) new InitialContext().lookup(JobLauncher.JNDI_NAME);
        Exception refused = assertThrows(Exception.class, () -> launcher.start("identity-dedupe", wrong));
        assertTrue(causes(refused).contains("Job parameter minScore must be a whole number from 0 to 100, not 'high'"),
                causes(refused));
        Properties lower = new Properties();
        lower.put("autoMergeScore", "80");
        assertTrue(causes(assertThrows(Exception.class, () -> launcher.start("identity-dedupe", lower)))
                .contains("Job parameter autoMergeScore must not be lower than the configured"
                        + " crm.identity.dedupe.auto-merge-score (90), not '80'"));
        assertEquals(runsBefore, runIds(), "nothing started");

        BatchJobs jobs = new BatchJobs(base);
        long misspelt = jobs.start("identity-dedupe", Map.of("dryrun", "true"));
        assertEquals("FAILED", jobs.finalStatus(misspelt));
        assertEquals("Unknown job parameter dryrun (identity-dedupe takes minScore, autoMergeScore, dryRun, chunkSize)",
                jobs.exitStatus(misspelt));
        assertEquals(runsBefore, runIds(), "nothing recorded");
    }

    private long writing(String channel, String handle, String name) {
        return writing(channel, handle, name, "hello from " + handle);
    }

    private long writing(String channel, String handle, String name, String text) {
        Api.Reply sent = erp.post("/api/v1/messages", Messages.canonical(channel, "m-" + Messages.unique(), handle, name, text, null));
        assertTrue(sent.status() < 300, sent.body());
        long customer = customerWith(handle);
        timeline.entryWithText(customer, text);
        return customer;
    }

    /** An ERP customer named {@code last} (first name Maja) at an address in London. */
    private long erpCustomerAt(String last, String street, String postcode) {
        String number = ErpMessages.customerNumber();
        Jms.sendToErp(ErpMessages.envelope("customer.upsert", "2026-11-01T00:00:00Z", Json.createObjectBuilder()
                .add("customerNumber", number).add("firstName", "Maja").add("lastName", last)
                .add("emails", Json.createArrayBuilder()).add("phones", Json.createArrayBuilder())
                .add("address", Json.createObjectBuilder().add("line1", street).add("postalCode", postcode)
                        .add("city", "London").add("country", "GB")).build()));
        return customerWith(number);
    }

    /** An ERP customer named {@code name} with an email and a phone. */
    private long erpCustomerWith(String name, String email, String phone) {
        String number = ErpMessages.customerNumber();
        String[] parts = name.split(" ", 2);
        Jms.sendToErp(ErpMessages.customer(number, parts[0], parts[1], null, email, phone, "2026-11-01T00:00:00Z"));
        return customerWith(number);
    }

    private long orderOwner(String orderNumber, String last) {
        String number = ErpMessages.customerNumber();
        Jms.sendToErp(ErpMessages.customer(number, "Otto", last, null, null, null, "2026-11-01T00:00:00Z"));
        Jms.sendToErp(ErpMessages.envelope("order.upsert", "2026-11-20T08:00:00Z",
                ErpMessages.order(orderNumber, number, "placed", "2026-11-20T08:00:00Z", "EUR", 1, "25.00")));
        long owner = customerWith(number);
        timeline.entryWithText(owner, "Order " + orderNumber + " placed: 1 item, EUR 25.00");
        return owner;
    }

    /**
     * A chat visitor gives one address (a new customer with their chat), writes, then gives the address of another
     * customer: the visitor moves to that customer, the chat stays behind.
     */
    private long visitorWhoMovesTo(String firstEmail, String laterEmail) {
        try (ChatClient chat = ChatClient.connect(base)) {
            chat.hello(null);
            chat.introduce("Kai", firstEmail);
            chat.say("kai-1", "Hi, it's Kai");
            long first = customerWith(firstEmail);
            timeline.entryWithText(first, "Hi, it's Kai");
            chat.introduce("Kai", laterEmail);
            return first;
        }
    }

    private String visitorOf(long customer) {
        return Eventually.get("a chat identity of customer " + customer, java.time.Duration.ofSeconds(10), () ->
                alice.get("/api/v1/customers/" + customer).object().getJsonArray("identities").getValuesAs(JsonObject.class)
                        .stream().filter(i -> "CHAT".equals(i.getString("type"))).map(i -> i.getString("value")).findFirst());
    }

    private void assertRecorded(long customer, long other, int score, String... reasons) {
        JsonObject suggestion = suggestion(customer, other).orElseThrow(() -> new AssertionError("customer " + customer
                + " is not suggested " + other + ": " + suggestionsOf(customer)));
        assertEquals(score, suggestion.getInt("score"), suggestion.toString());
        assertEquals(List.of(reasons), reasons(suggestion));
        assertTrue(foundAt(suggestion).isPresent(), "recorded by the job: " + suggestion);
        JsonObject fromTheOtherSide = suggestion(other, customer).orElseThrow();
        assertEquals(score, fromTheOtherSide.getInt("score"), "the same pair seen from " + other + ": " + fromTheOtherSide);
    }

    private Optional<JsonObject> suggestion(long customer, long other) {
        return suggestionsOf(customer).stream().filter(s -> id(s) == other).findFirst();
    }

    private List<JsonObject> suggestionsOf(long customer) {
        Api.Reply reply = alice.get("/api/v1/customers/" + customer + "/merge-suggestions");
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> suggestions = reply.array().getValuesAs(JsonObject.class);
        for (int i = 1; i < suggestions.size(); i++) {
            assertTrue(suggestions.get(i - 1).getInt("score") >= suggestions.get(i).getInt("score"), "highest score first");
        }
        return suggestions;
    }

    private static List<String> reasons(JsonObject suggestion) {
        List<String> reasons = suggestion.getJsonArray("reasons").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(reasons, suggestion.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("reason")).toList(), "the evidence is the reasons, each with its weight");
        return reasons;
    }

    private static Optional<String> foundAt(JsonObject suggestion) {
        return suggestion.containsKey("foundAt") && !suggestion.isNull("foundAt")
                ? Optional.of(suggestion.getString("foundAt")) : Optional.empty();
    }

    private static long id(JsonObject suggestion) {
        return suggestion.getJsonNumber("customerId").longValue();
    }

    private long customerWith(String identity) {
        return timeline.customerWith(identity).getJsonNumber("id").longValue();
    }

    private String status(long customer) {
        return alice.get("/api/v1/customers/" + customer).object().getString("status");
    }

    private JsonObject run(long instance) {
        Api.Reply reply = Api.as(base, "ada").get("/api/v1/admin/identity/dedupe/runs/" + instance);
        assertEquals(200, reply.status(), reply.body());
        JsonObject run = reply.object();
        assertNotNull(run.getString("finishedAt", null), run.toString());
        return run;
    }

    private List<Long> runIds() {
        Api.Reply reply = Api.as(base, "otto").get("/api/v1/admin/identity/dedupe/runs?limit=5");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
