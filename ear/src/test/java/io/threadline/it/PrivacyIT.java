package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer asks what Threadline holds about them, then to be forgotten: the admin exports everything as an archive
 * a machine reads, then erases them with the reason and who approved it. Agents then find nothing of them, in the
 * profile, the timeline, the files or search; both requests are on record and in the audit log.
 */
class PrivacyIT extends ContainerTest {

    @Test
    void anAdminExportsEverythingHeldAboutACustomerThenErasesThemOnRequest() throws Exception {
        try (MailServer mail = new MailServer()) {
            Api alice = Api.as(base, "alice");
            Api ada = Api.as(base, "ada");
            String email = "priya." + Messages.unique() + "@example.com";
            Replies.Conversation c = new Replies(base, alice).startedOn("EMAIL", email, null);
            String question = alice.get("/api/v1/customers/" + c.customer() + "/timeline").array().getJsonObject(0).getString("text");
            byte[] pdf = ("%PDF-1.4 invoice " + Messages.unique()).getBytes(StandardCharsets.UTF_8);
            long fileId = alice.postBytes("/api/v1/attachments?name=invoice.pdf", pdf, "application/pdf").object()
                    .getJsonNumber("id").longValue();
            Api.Reply queued = alice.post("/api/v1/conversations/" + c.id() + "/replies",
                    "{\"channel\": \"EMAIL\", \"text\": \"Your invoice, Priya.\", \"attachments\": [" + fileId + "]}");
            assertEquals(202, queued.status(), queued.body());
            JsonObject reply = new Replies(base, alice).entryWhen(c.customer(), queued.object().getJsonNumber("entryId").longValue(), "SENT");
            String fileUrl = reply.getJsonArray("attachments").getJsonObject(0).getString("url");

            Api.Reply exported = ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"export\", \"customer\": " + c.customer()
                    + ", \"reason\": \"Access request by email, ticket 4711\"}");
            assertEquals(201, exported.status(), exported.body());
            JsonObject export = exported.object();
            assertEquals("EXPORT", export.getString("type"));
            assertEquals("ada", export.getString("requestedBy"));
            Api.Reply archive = ada.get(export.getString("archive"));
            assertEquals(200, archive.status(), archive.body());
            assertEquals("application/zip", archive.header("Content-Type"));
            Map<String, byte[]> files = unzip(archive.content());
            assertTrue(files.keySet().containsAll(List.of("README.txt", "customer.json", "timeline.json", "orders.json",
                    "merges.json", "chat-visitors.json")), files.keySet().toString());
            JsonObject profile = json(files.get("customer.json")).asJsonObject();
            assertEquals(c.customer(), profile.getJsonNumber("id").longValue());
            assertTrue(profile.getJsonArray("identities").toString().contains(email), profile.toString());
            JsonArray timeline = json(files.get("timeline.json")).asJsonArray();
            assertTrue(timeline.toString().contains(question) && timeline.toString().contains("Your invoice, Priya."), timeline.toString());
            String fileName = "files/" + fileUrl.substring(fileUrl.lastIndexOf('/') + 1) + "-invoice.pdf";
            assertArrayEquals(pdf, files.get(fileName), "the stored file, named by the id its url ends in: " + files.keySet());

            Api.Reply noApprover = ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": " + c.customer()
                    + ", \"reason\": \"Erasure request\"}");
            assertEquals(400, noApprover.status(), noApprover.body());
            assertEquals("approvedBy", noApprover.object().getString("field"));
            assertEquals("reason", ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": "
                    + c.customer() + ", \"approvedBy\": \"dora\"}").object().getString("field"));
            assertEquals("type", ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"forget\", \"customer\": "
                    + c.customer() + "}").object().getString("field"));
            assertEquals(404, ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": 987654321987,"
                    + " \"reason\": \"x\", \"approvedBy\": \"dora\"}").status());
            assertEquals(403, Api.as(base, "sam").post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": "
                    + c.customer() + ", \"reason\": \"x\", \"approvedBy\": \"dora\"}").status(), "supervisors do not erase");
            assertEquals("ACTIVE", alice.get("/api/v1/customers/" + c.customer()).object().getString("status"),
                    "the refused requests changed nothing");
            assertEquals(1, new Timeline(alice).customersWith(email).size(), "the refused requests changed nothing");

            String words = question.substring(question.lastIndexOf(' ') + 1);
            assertEquals(1, messageHits(alice, words), "search finds their message before the erasure");

            Api.Reply erased = ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": " + c.customer()
                    + ", \"reason\": \"Erasure request by email, ticket 4712\", \"approvedBy\": \"dora\"}");
            assertEquals(201, erased.status(), erased.body());
            long erasure = erased.object().getJsonNumber("id").longValue();
            assertTrue(erased.object().getString("outcome").startsWith("Erased: "), erased.body());

            JsonObject anonymized = alice.get("/api/v1/customers/" + c.customer()).object();
            assertEquals("Anonymized customer " + c.customer(), anonymized.getString("name"));
            assertEquals("ANONYMIZED", anonymized.getString("status"));
            assertEquals(List.of(), new Timeline(alice).customersWith(email), "the address finds no one");
            List<JsonObject> entries = new Timeline(alice).entriesOf(c.customer());
            assertFalse(entries.toString().contains(question), entries.toString());
            assertTrue(entries.stream().anyMatch(e -> e.getString("text", "").startsWith("Erased on request (privacy request "
                    + erasure + "), approved by dora: ")), entries.toString());
            assertEquals(404, alice.get(fileUrl).status(), "the file is gone");
            assertEquals(0, messageHits(alice, words), "search finds none of their words");

            Api.Reply again = ada.post("/api/v1/admin/privacy/requests", "{\"type\": \"erasure\", \"customer\": " + c.customer()
                    + ", \"reason\": \"twice\", \"approvedBy\": \"dora\"}");
            assertEquals(409, again.status(), again.body());

            List<JsonObject> recorded = ada.get("/api/v1/admin/privacy/requests?customer=" + c.customer()).array()
                    .getValuesAs(JsonObject.class);
            assertEquals(List.of("ERASURE", "EXPORT"), recorded.stream().map(r -> r.getString("type")).toList());
            assertEquals("dora", recorded.get(0).getString("approvedBy"));
            assertEquals("Erasure request by email, ticket 4712", recorded.get(0).getString("reason"));

            List<JsonObject> audit = ada.get("/api/v1/admin/audit?kind=customer&name=" + c.customer()).array()
                    .getValuesAs(JsonObject.class);
            JsonObject erasedEntry = audit.stream().filter(a -> a.getString("action").equals("ERASED")).findFirst().orElseThrow();
            assertEquals("ada", erasedEntry.getString("actor"));
            assertEquals("dora", erasedEntry.getJsonObject("after").getString("approvedBy"));
            assertTrue(audit.stream().anyMatch(a -> a.getString("action").equals("PRIVACY_EXPORT")), audit.toString());
            assertFalse(audit.toString().contains(email), "the audit log never names them");
        }
    }

    private static int messageHits(Api agent, String words) {
        return agent.get("/api/v1/search?q=" + words).object().getJsonObject("messages").getJsonArray("hits").size();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static jakarta.json.JsonValue json(byte[] content) {
        return Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readValue();
    }
}
