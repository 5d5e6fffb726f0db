package io.threadline.it;

import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an auditor finds in the audit log: who signed in or failed to, who looked at which customer, who changed what;
 * and what they take away in an export.
 */
class AuditTrailIT extends ContainerTest {

    @Test
    void signInsAndFailedSignInsAreRecordedWithTheirAddress() {
        String nobody = "nobody-" + Messages.unique();
        Api.as(base, null).postForm("/j_security_check", Map.of("j_username", "bob", "j_password", "threadline"), Map.of());
        Api.as(base, null).postForm("/j_security_check", Map.of("j_username", nobody, "j_password", "guess"), Map.of());
        Api.Reply api = Api.as(base, null).postJson("/api/v1/agents/me/heartbeat", "{}",
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((nobody + ":guess2").getBytes())));
        assertEquals(401, api.status());

        JsonObject bob = newest("sign-in", "bob");
        assertEquals("SIGNED_IN", bob.getString("action"));
        assertEquals("form", bob.getJsonObject("after").getString("via"));
        assertTrue(bob.getJsonObject("after").getString("address").startsWith("127."), bob.toString());

        List<JsonObject> failures = entries("sign-in", nobody);
        assertEquals(List.of("SIGN_IN_FAILED", "SIGN_IN_FAILED"), failures.stream().map(e -> e.getString("action")).toList());
        assertEquals(List.of("api", "form"), failures.stream().map(e -> e.getJsonObject("after").getString("via")).toList(),
                "newest first");
    }

    @Test
    void whoViewedACustomersProfileOrTimelineIsRecorded() {
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), phone, "Vera", "hello", null));
        long customer = Eventually.get("the customer", java.time.Duration.ofSeconds(30),
                () -> new Timeline(Api.as(base, "alice")).customersWith(phone).stream().findFirst()).getJsonNumber("id").longValue();

        assertEquals(200, Api.as(base, "bob").get("/api/v1/customers/" + customer).status());
        assertEquals(200, Api.as(base, "bob").get("/api/v1/customers/" + customer + "/timeline").status());

        List<JsonObject> views = entries("customer", "bob").stream()
                .filter(e -> e.getString("name").equals(String.valueOf(customer))).toList();
        assertEquals(List.of("timeline", "profile"), views.stream().map(e -> e.getJsonObject("after").getString("view")).toList());
        assertTrue(views.stream().allMatch(e -> e.getString("action").equals("VIEWED")));
        assertEquals(403, Api.as(base, "alice").get("/api/v1/admin/audit?kind=customer").status(), "agents do not read the audit log");
    }

    @Test
    void changesToACustomerAndAnAssignmentAreRecordedWithWhoMadeThem() {
        long kept = customerWriting(Messages.uniquePhone());
        long other = customerWriting(Messages.uniquePhone());
        Api alice = Api.as(base, "alice");
        Api sam = Api.as(base, "sam");

        assertEquals(201, alice.post("/api/v1/customers/" + kept + "/identities",
                "{\"type\": \"EMAIL\", \"value\": \"audit." + Messages.unique() + "@example.com\"}").status());
        assertEquals(200, sam.put("/api/v1/customers/" + kept + "/tier", "{\"tier\": \"VIP\"}").status());
        assertEquals(200, alice.post("/api/v1/customers/" + kept + "/merge", "{\"from\": " + other + "}").status());
        long mergeId = alice.get("/api/v1/customers/" + kept + "/merges").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, sam.post("/api/v1/customers/" + kept + "/merges/" + mergeId + "/undo", null).status());
        long conversation = alice.get("/api/v1/customers/" + kept).object().getJsonArray("conversations").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, sam.post("/api/v1/conversations/" + conversation + "/assign", "{\"assignee\": \"bob\"}").status());

        List<JsonObject> byAlice = changesOf(kept, "alice");
        assertEquals(List.of("MERGED", "IDENTITY_ADDED"), byAlice.stream().map(e -> e.getString("action")).toList());
        assertEquals(other, byAlice.get(0).getJsonObject("after").getJsonNumber("merged").longValue());
        assertEquals(mergeId, byAlice.get(0).getJsonObject("after").getJsonNumber("merge").longValue());
        assertEquals("{\"type\":\"EMAIL\"}", byAlice.get(1).getJsonObject("after").toString(), "the type, never the address");

        List<JsonObject> bySam = changesOf(kept, "sam");
        assertEquals(List.of("MERGE_UNDONE", "TIER_CHOSEN"), bySam.stream().map(e -> e.getString("action")).toList());
        assertEquals("VIP", bySam.get(1).getJsonObject("after").getString("tier"));
        assertEquals("STANDARD", bySam.get(1).getJsonObject("before").getString("tier"));

        JsonObject assigned = entries("conversation", "sam").stream()
                .filter(e -> e.getString("name").equals(String.valueOf(conversation))).findFirst().orElseThrow();
        assertEquals("ASSIGNED", assigned.getString("action"));
        assertEquals("bob", assigned.getJsonObject("after").getString("assignee"));
    }

    @Test
    void anAuditorExportsWhoViewedACustomerAsCsvAndTheExportIsRecorded() throws Exception {
        long customer = customerWriting(Messages.uniquePhone());
        assertEquals(200, Api.as(base, "bob").get("/api/v1/customers/" + customer).status());
        String formula = "=HYPERLINK(\"http://attacker.example\")-" + Messages.unique();
        Api.as(base, null).postForm("/j_security_check", Map.of("j_username", formula, "j_password", "guess"), Map.of());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        Api ada = Api.as(base, "ada");

        Api.Reply export = ada.get("/api/v1/admin/audit/export?kind=customer&name=" + customer + "&from=" + yesterday);
        assertEquals(200, export.status(), export.body());
        assertTrue(export.header("Content-Type").startsWith("text/csv"), export.header("Content-Type"));
        assertTrue(export.header("Content-Disposition").startsWith("attachment; filename=\"audit-"), export.header("Content-Disposition"));
        List<CSVRecord> rows = csv(export.body());
        assertEquals("id,at,actor,action,kind,name,before,after", export.body().lines().findFirst().orElseThrow());
        assertTrue(rows.stream().allMatch(r -> r.get("name").equals(String.valueOf(customer))), export.body());
        CSVRecord viewed = rows.stream().filter(r -> r.get("actor").equals("bob")).findFirst().orElseThrow();
        assertEquals("VIEWED", viewed.get("action"));
        assertEquals("{\"view\":\"profile\"}", viewed.get("after"));

        JsonObject recorded = newest("audit", "ada");
        assertEquals("EXPORTED", recorded.getString("action"));
        assertEquals(String.valueOf(customer), recorded.getJsonObject("after").getString("name"));
        assertEquals("customer", recorded.getJsonObject("after").getString("kind"));

        Api.Reply signIns = ada.get("/api/v1/admin/audit/export?kind=sign-in&actor="
                + URLEncoder.encode(formula, StandardCharsets.UTF_8));
        CSVRecord failed = csv(signIns.body()).get(0);
        assertEquals("'" + formula, failed.get("actor"), "a spreadsheet shows the name as text, never runs it");
        assertEquals("SIGN_IN_FAILED", failed.get("action"));

        Api.Reply wrongDay = ada.get("/api/v1/admin/audit/export?from=2026-13-01");
        assertEquals(400, wrongDay.status(), wrongDay.body());
        assertEquals("from", wrongDay.object().getString("field"));
        Api.Reply backwards = ada.get("/api/v1/admin/audit?from=2026-11-20&to=2026-11-10");
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals("to", backwards.object().getString("field"));
        assertEquals(403, Api.as(base, "alice").get("/api/v1/admin/audit/export").status(), "agents do not export it");
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().build())) {
            return parser.getRecords();
        }
    }

    private long customerWriting(String phone) {
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), phone, "Audit", "hi", null));
        return Eventually.get("the customer writing from " + phone, java.time.Duration.ofSeconds(30),
                () -> new Timeline(Api.as(base, "alice")).customersWith(phone).stream().findFirst()).getJsonNumber("id").longValue();
    }

    /** Changes (not views) of the customer by the actor, newest first. */
    private List<JsonObject> changesOf(long customer, String actor) {
        return entries("customer", actor).stream().filter(e -> e.getString("name").equals(String.valueOf(customer)))
                .filter(e -> !e.getString("action").equals("VIEWED")).toList();
    }

    private JsonObject newest(String kind, String actor) {
        return entries(kind, actor).get(0);
    }

    private List<JsonObject> entries(String kind, String actor) {
        Api.Reply reply = Api.as(base, "ada").get("/api/v1/admin/audit?kind=" + kind + "&actor=" + actor + "&limit=20");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }
}
