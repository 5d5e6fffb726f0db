package io.threadline.it;

import io.threadline.channel.outbound.UnsentUploadsSweeper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply composer through the API: replies sent later (they go when due and are SENT at the provider; a cancelled
 * one never reaches it; too late to cancel, or a time in the past, is refused), canned responses filled in for the
 * customer, files sent with a reply (in the customer's mailbox, fetched by Twilio), and private drafts.
 */
class ReplyComposerIT extends ContainerTest {

    @Test
    void aScheduledReplyWaitsThenGoesWhenDueAndIsSentAtTheProvider() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies replies = new Replies(base, alice);
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            String text = "Your replacement ships tomorrow " + Messages.unique();
            Instant sendAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);

            Api.Reply scheduled = alice.post(repliesOf(c), reply("SMS", text, sendAt));
            assertEquals(202, scheduled.status(), scheduled.body());
            assertEquals("SCHEDULED", scheduled.object().getString("deliveryStatus"));
            assertEquals(sendAt.toString(), scheduled.object().getString("sendAt"));
            long entryId = scheduled.object().getJsonNumber("entryId").longValue();
            JsonObject waiting = entry(alice, c.customer(), entryId);
            assertEquals("SCHEDULED", waiting.getString("deliveryStatus"));
            assertEquals(sendAt.toString(), waiting.getString("scheduledFor"));
            assertEquals("SCHEDULED", entry(Api.as(base, "bob"), c.customer(), entryId).getString("deliveryStatus"),
                    "every agent sees it");
            assertTrue(sentBodies(twilio).stream().noneMatch(text::equals), "not queued before its time");

            replies.entryWhen(c.customer(), entryId, "SENT");
            assertEquals(1, sentBodies(twilio).stream().filter(text::equals).count(), "sent once");
            assertFalse(Instant.parse(entry(alice, c.customer(), entryId).getString("occurredAt")).isBefore(sendAt),
                    "on the timeline when it went");

            Api.Reply tooLate = alice.post(repliesOf(c) + "/" + entryId + "/cancel", "");
            assertEquals(409, tooLate.status(), tooLate.body());
            assertTrue(tooLate.object().getString("message").endsWith("has already gone (SENT); it can no longer be cancelled"),
                    tooLate.body());
        }
    }

    @Test
    void aCancelledReplyNeverReachesTheProvider() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies replies = new Replies(base, alice);
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            String cancelled = "Never mind this one " + Messages.unique();
            String later = "But this one goes " + Messages.unique();
            Instant sendAt = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
            long cancelledId = alice.post(repliesOf(c), reply("SMS", cancelled, sendAt)).object().getJsonNumber("entryId").longValue();
            long laterId = alice.post(repliesOf(c), reply("SMS", later, sendAt.plusSeconds(1))).object().getJsonNumber("entryId").longValue();

            Api.Reply byBob = Api.as(base, "bob").post(repliesOf(c) + "/" + cancelledId + "/cancel", "");
            assertEquals(403, byBob.status(), "only its author or a supervisor: " + byBob.body());
            Api.Reply cancel = alice.post(repliesOf(c) + "/" + cancelledId + "/cancel", "");
            assertEquals(200, cancel.status(), cancel.body());
            assertEquals("CANCELLED", cancel.object().getString("deliveryStatus"));
            new Timeline(alice).entryWithText(c.customer(), "alice cancelled the reply scheduled for "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                    .withZone(java.time.ZoneOffset.UTC).format(sendAt));
            Api.Reply again = alice.post(repliesOf(c) + "/" + cancelledId + "/cancel", "");
            assertEquals(409, again.status(), again.body());

            replies.entryWhen(c.customer(), laterId, "SENT");
            assertTrue(sentBodies(twilio).contains(later));
            assertFalse(sentBodies(twilio).contains(cancelled), "the cancelled reply was due first and never went");
            assertEquals("CANCELLED", entry(alice, c.customer(), cancelledId).getString("deliveryStatus"));

            Api.Reply sam = Api.as(base, "sam").post(repliesOf(c), reply("SMS", "Supervisor check " + Messages.unique(),
                    Instant.now().plus(Duration.ofDays(2))));
            Api.Reply bySupervisor = Api.as(base, "sam").post(repliesOf(c) + "/" + sam.object().getJsonNumber("entryId") + "/cancel", "");
            assertEquals(200, bySupervisor.status(), bySupervisor.body());
        }
    }

    @Test
    void aTimeInThePastOrTooFarAheadIsRefusedNamingSendAt() {
        Api alice = Api.as(base, "alice");
        Replies.Conversation c = new Replies(base, alice).startedOn("SMS", Messages.uniquePhone(), null);
        String text = "Too late " + Messages.unique();
        for (Instant when : List.of(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(31)))) {
            Api.Reply refused = alice.post(repliesOf(c), reply("SMS", text, when));
            assertEquals(400, refused.status(), refused.body());
            assertEquals("sendAt", refused.object().getString("field"));
        }
        Api.Reply unreadable = alice.post(repliesOf(c), "{\"channel\": \"SMS\", \"text\": \"x\", \"sendAt\": \"tomorrow\"}");
        assertEquals(400, unreadable.status());
        assertEquals("sendAt", unreadable.object().getString("field"));
        assertTrue(new Timeline(alice).entriesOf(c.customer()).stream().noneMatch(e -> text.equals(e.getString("text", null))));
    }

    @Test
    void cannedResponsesAreFilledInForTheCustomerAndUnknownPlaceholdersAreRefused() {
        Api sam = Api.as(base, "sam");
        Api alice = Api.as(base, "alice");
        String title = "Label sent " + Messages.unique();
        Api.Reply created = sam.post("/api/v1/canned-responses", Json.createObjectBuilder().add("title", title)
                .add("shortcut", "label-" + Messages.unique()).add("shared", true)
                .add("body", "Hi {{customer.firstName}}, {{agent.firstName}} here about #{{conversation.id}}.").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();

        Replies replies = new Replies(base, alice);
        String nora = "Nora Quinn";
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, nora,
                "Where is my label? " + Messages.unique(), null));
        long customer = new Timeline(alice).customerWith(phone).getJsonNumber("id").longValue();
        long conversation = Eventually.get("Nora's conversation", Duration.ofSeconds(30), () -> new Timeline(alice)
                .entriesOf(customer).stream().findFirst()).getJsonNumber("conversationId").longValue();
        Api.Reply rendered = alice.get("/api/v1/canned-responses/" + id + "/rendered?conversation=" + conversation);
        assertEquals(200, rendered.status(), rendered.body());
        assertEquals("Hi Nora, Alice here about #" + conversation + ".", rendered.object().getString("text"));

        Replies.Conversation nameless = replies.startedOn("SMS", Messages.uniquePhone(), null);
        assertEquals("Hi there, Alice here about #" + nameless.id() + ".", alice.get("/api/v1/canned-responses/" + id
                + "/rendered?conversation=" + nameless.id()).object().getString("text"));

        Api.Reply unknown = sam.post("/api/v1/canned-responses",
                "{\"title\": \"Broken\", \"body\": \"Dear {{customer.fullName}}\", \"shared\": true}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("body", unknown.object().getString("field"));
        assertTrue(unknown.object().getString("message").contains("{{customer.fullName}}"), unknown.body());

        Api.Reply sharedByAgent = alice.post("/api/v1/canned-responses", "{\"title\": \"Mine\", \"body\": \"Hi\", \"shared\": true}");
        assertEquals(403, sharedByAgent.status(), sharedByAgent.body());
        Api.Reply personal = alice.post("/api/v1/canned-responses", "{\"title\": \"My sign-off " + Messages.unique()
                + "\", \"body\": \"Cheers, {{agent.name}}\"}");
        assertEquals(201, personal.status(), personal.body());
        long personalId = personal.object().getJsonNumber("id").longValue();
        Api bob = Api.as(base, "bob");
        assertEquals(404, bob.get("/api/v1/canned-responses/" + personalId).status(), "another agent's personal response");
        assertTrue(bob.get("/api/v1/canned-responses").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getJsonNumber("id").longValue() == personalId));
        assertTrue(bob.get("/api/v1/canned-responses").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id), "shared ones are for everyone");
        assertEquals(403, bob.put("/api/v1/canned-responses/" + id, "{\"title\": \"x\", \"body\": \"y\"}").status());
        assertEquals(204, alice.delete("/api/v1/canned-responses/" + personalId).status());
        assertEquals(204, sam.delete("/api/v1/canned-responses/" + id).status());
    }

    @Test
    void anEmailReplyCarriesItsFilesAsAttachments() throws Exception {
        try (MailServer mail = new MailServer()) {
            Api alice = Api.as(base, "alice");
            String customer = "ines." + Messages.unique() + "@example.com";
            Replies.Conversation c = new Replies(base, alice).startedOn("EMAIL", customer, null);
            byte[] pdf = ("%PDF-1.4 return label " + Messages.unique()).getBytes(StandardCharsets.UTF_8);
            Api.Reply uploaded = alice.postBytes("/api/v1/attachments?name=return-label.pdf", pdf, "application/pdf");
            assertEquals(201, uploaded.status(), uploaded.body());
            long fileId = uploaded.object().getJsonNumber("id").longValue();
            String download = "/api/v1/attachments/" + fileId;
            assertArrayEquals(pdf, alice.get(download).content(), "the uploader sees her file before sending it");
            assertEquals(404, Api.as(base, "bob").get(download).status(), "another agent: an unsent upload is private");
            assertEquals(404, Api.as(base, "erp").get(download).status(), "an integration: an unsent upload is private");

            Api.Reply queued = alice.post(repliesOf(c), "{\"channel\": \"EMAIL\", \"text\": \"Here is your label.\", "
                    + "\"attachments\": [" + fileId + "]}");
            assertEquals(202, queued.status(), queued.body());
            JsonObject sent = new Replies(base, alice).entryWhen(c.customer(), queued.object().getJsonNumber("entryId").longValue(), "SENT");
            JsonObject shown = sent.getJsonArray("attachments").getJsonObject(0);
            assertEquals("return-label.pdf", shown.getString("name"));
            assertArrayEquals(pdf, alice.get(shown.getString("url")).content(), "agents download it from the timeline");
            assertArrayEquals(pdf, Api.as(base, "bob").get(shown.getString("url")).content(),
                    "once sent, the file is the conversation's: every agent who sees it downloads it");

            MimeMessage received = Eventually.get("the reply in the customer's mailbox", Duration.ofSeconds(30), () ->
                    mail.receivedBy(customer).stream().findFirst());
            MimeMultipart parts = (MimeMultipart) received.getContent();
            assertEquals("Here is your label.", ((String) parts.getBodyPart(0).getContent()).strip());
            BodyPart file = parts.getBodyPart(1);
            assertEquals(Part.ATTACHMENT, file.getDisposition());
            assertEquals("return-label.pdf", file.getFileName());
            assertTrue(file.getContentType().startsWith("application/pdf"), file.getContentType());
            assertArrayEquals(pdf, bytes(file.getInputStream()));

            Api.Reply bobUses = Api.as(base, "bob").post(repliesOf(c), "{\"channel\": \"EMAIL\", \"text\": \"Mine now\", "
                    + "\"attachments\": [" + fileId + "]}");
            assertEquals(400, bobUses.status(), "only its uploader sends a file: " + bobUses.body());
            assertEquals("attachments", bobUses.object().getString("field"));
        }
    }

    @Test
    void anSmsReplysFilesAreFetchedByTwilioFromTheirPublicAddressAndMetaChannelsRefuseFiles() throws Exception {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies.Conversation c = new Replies(base, alice).startedOn("SMS", Messages.uniquePhone(), null);
            byte[] photo = ("JPEG " + Messages.unique()).getBytes(StandardCharsets.UTF_8);
            long fileId = alice.postBytes("/api/v1/attachments?name=label.jpg", photo, "image/jpeg").object()
                    .getJsonNumber("id").longValue();
            String text = "Photo of the label " + Messages.unique();
            Api.Reply queued = alice.post(repliesOf(c), "{\"channel\": \"SMS\", \"text\": \"" + text + "\", \"attachments\": [" + fileId + "]}");
            assertEquals(202, queued.status(), queued.body());
            new Replies(base, alice).entryWhen(c.customer(), queued.object().getJsonNumber("entryId").longValue(), "SENT");
            FakeProvider.Request sent = twilio.requests().stream().filter(r -> text.equals(r.form().get("Body"))).findFirst().orElseThrow();
            String mediaUrl = sent.form().get("MediaUrl");
            Matcher link = Pattern.compile(
                    "(http://127\\.0\\.0\\.1:\\d+/files/)([A-Za-z0-9_-]{32})\\?expires=(\\d+)&signature=([A-Za-z0-9_-]{43})").matcher(mediaUrl);
            assertTrue(link.matches(), "an unguessable, signed address under crm.replies.public-base-url: " + mediaUrl);
            long expires = Long.parseLong(link.group(3));
            long inSevenDays = Instant.now().plus(Duration.ofDays(7)).getEpochSecond();
            assertTrue(expires > inSevenDays - 600 && expires <= inSevenDays, "expires after crm.replies.file-link-lifetime: " + expires);
            assertEquals(200, fetch(mediaUrl).statusCode(), "no login needed");
            assertArrayEquals(photo, fetch(mediaUrl).body());
            String files = link.group(1);
            String token = link.group(2);
            String signature = link.group(4);
            assertEquals(404, fetch(files + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?expires=" + expires + "&signature=" + signature).statusCode(),
                    "another token under this link's signature");
            assertEquals(404, fetch(files + token).statusCode(), "the token without a signature");
            assertEquals(404, fetch(files + token + "?expires=" + (expires + 86_400) + "&signature=" + signature).statusCode(),
                    "a link made to last longer");
            assertEquals(404, fetch(files + token + "?expires=" + expires + "&signature=" + signature.substring(1) + "A").statusCode(),
                    "a changed signature");

            Replies.Conversation whatsApp = new Replies(base, alice).startedOn("WHATSAPP", Messages.uniquePhone(), null);
            long other = alice.postBytes("/api/v1/attachments?name=label.jpg", photo, "image/jpeg").object().getJsonNumber("id").longValue();
            String refusedText = "Not on WhatsApp " + Messages.unique();
            Api.Reply refused = alice.post(repliesOf(whatsApp), "{\"channel\": \"WHATSAPP\", \"text\": \"" + refusedText
                    + "\", \"attachments\": [" + other + "]}");
            assertEquals(400, refused.status(), refused.body());
            assertEquals("attachments", refused.object().getString("field"));
            assertEquals("attachments: files cannot be sent on WHATSAPP through Meta; share a link in the text instead",
                    refused.object().getString("message"));
            assertTrue(new Timeline(alice).entriesOf(whatsApp.customer()).stream()
                    .noneMatch(e -> refusedText.equals(e.getString("text", null))), "nothing stored");
        }
    }

    @Test
    void aChatReplysFilesReachTheVisitorAsLinksTheyOpenWithoutALogin() throws Exception {
        try (ChatClient chat = ChatClient.connect(base)) {
            Api alice = Api.as(base, "alice");
            String visitorId = chat.hello(null).getString("visitorId");
            String question = "Can you send me the invoice? " + Messages.unique();
            chat.say("f1", question);
            Timeline timeline = new Timeline(alice);
            long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
            long conversation = timeline.entryWithText(customer, question).getJsonNumber("conversationId").longValue();
            byte[] invoice = ("%PDF-1.4 invoice " + Messages.unique()).getBytes(StandardCharsets.UTF_8);
            long fileId = alice.postBytes("/api/v1/attachments?name=invoice%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.pdf", invoice, "application/pdf")
                    .object().getJsonNumber("id").longValue();

            Api.Reply queued = alice.post("/api/v1/conversations/" + conversation + "/replies",
                    "{\"channel\": \"CHAT\", \"text\": \"Here it is.\", \"attachments\": [" + fileId + "]}");
            assertEquals(202, queued.status(), queued.body());

            JsonObject message = chat.next("message");
            assertEquals("Here it is.", message.getString("text"));
            JsonObject file = message.getJsonArray("files").getJsonObject(0);
            assertEquals("invoice <img src=x onerror=alert(1)>.pdf", file.getString("name"), "the widget shows the name as text");
            HttpResponse<byte[]> fetched = fetch(file.getString("url"));
            assertEquals(200, fetched.statusCode(), "the visitor has no login");
            assertArrayEquals(invoice, fetched.body());
            assertEquals("attachment", fetched.headers().firstValue("Content-Disposition").orElse("").split(";")[0]);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() {
        Api.Reply tooLarge = Api.as(base, "alice").postBytes("/api/v1/attachments?name=huge.bin", new byte[65537],
                "application/octet-stream");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.body().contains("crm.replies.max-attachment-size"), tooLarge.body());
    }

    @Test
    void aDraftIsItsAuthorsAloneAndGoesWhenTheReplyIsSent() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies replies = new Replies(base, alice);
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            String draftPath = "/api/v1/conversations/" + c.id() + "/draft";
            String text = "Half-written apology " + Messages.unique();

            assertEquals(204, alice.put(draftPath, "{\"text\": \"" + text + "\", \"channel\": \"SMS\"}").status());
            Api.Reply own = alice.get(draftPath);
            assertEquals(200, own.status(), own.body());
            assertEquals(text, own.object().getString("text"));
            assertEquals("SMS", own.object().getString("channel"));

            for (String other : List.of("bob", "sam", "ada")) {
                Api.Reply theirs = Api.as(base, other).get(draftPath);
                assertEquals(404, theirs.status(), other + " must not reach alice's draft: " + theirs.body());
                assertFalse(theirs.body().contains(text));
            }
            assertFalse(Api.as(base, "sam").get("/api/v1/customers/" + c.customer() + "/timeline").body().contains(text));

            JsonObject sent = replies.reply(c.id(), "SMS", text);
            assertEquals(404, alice.get(draftPath).status(), "sending the reply discards the draft");
            replies.entryWhen(c.customer(), sent.getJsonNumber("entryId").longValue(), "SENT");
            assertEquals(204, alice.put(draftPath, "{\"text\": \"" + text + "\"}").status());
            assertEquals(404, alice.get(draftPath).status(), "a late save of the text just sent does not bring it back");
        }
    }

    @Test
    void filesUploadedButNeverSentAreDeletedAfterADayAndSentOnesStay() throws Exception {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies.Conversation c = new Replies(base, alice).startedOn("SMS", Messages.uniquePhone(), null);
            byte[] photo = ("JPEG " + Messages.unique()).getBytes(StandardCharsets.UTF_8);
            long sent = upload(alice, photo);
            long forgotten = upload(alice, photo);
            long fresh = upload(alice, photo);
            String text = "The label " + Messages.unique();
            Api.Reply queued = alice.post(repliesOf(c), "{\"channel\": \"SMS\", \"text\": \"" + text + "\", \"attachments\": [" + sent + "]}");
            new Replies(base, alice).entryWhen(c.customer(), queued.object().getJsonNumber("entryId").longValue(), "SENT");
            String mediaUrl = twilio.requests().stream().filter(r -> text.equals(r.form().get("Body"))).findFirst()
                    .orElseThrow().form().get("MediaUrl");
            storedTwoDaysAgo(sent);
            storedTwoDaysAgo(forgotten);

            UnsentUploadsSweeper sweeper = (UnsentUploadsSweeper) Jms.lookup(
                    "java:app/threadline-ejb/UnsentUploadsSweeper!io.threadline.channel.outbound.UnsentUploadsSweeper");
            assertTrue(sweeper.sweep() >= 1, "the forgotten upload is deleted");

            Api.Reply withForgotten = alice.post(repliesOf(c), "{\"channel\": \"SMS\", \"text\": \"Late\", \"attachments\": [" + forgotten + "]}");
            assertEquals(400, withForgotten.status(), withForgotten.body());
            assertEquals("attachments", withForgotten.object().getString("field"));
            Api.Reply withFresh = alice.post(repliesOf(c), "{\"channel\": \"SMS\", \"text\": \"In time\", \"attachments\": [" + fresh + "]}");
            assertEquals(202, withFresh.status(), "an upload of today stays: " + withFresh.body());
            new Replies(base, alice).entryWhen(c.customer(), withFresh.object().getJsonNumber("entryId").longValue(), "SENT");
            HttpResponse<byte[]> old = fetch(mediaUrl);
            assertEquals(200, old.statusCode(), "a file that went out stays, however old");
            assertArrayEquals(photo, old.body());
        }
    }

    private static long upload(Api agent, byte[] content) {
        Api.Reply uploaded = agent.postBytes("/api/v1/attachments?name=label.jpg", content, "image/jpeg");
        assertEquals(201, uploaded.status(), uploaded.body());
        return uploaded.object().getJsonNumber("id").longValue();
    }

    private static void storedTwoDaysAgo(long fileId) throws Exception {
        DataSource db = (DataSource) Jms.lookup("jdbc/threadline");
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE ATTACHMENT_CONTENT SET STORED_AT = ? WHERE ID = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
            update.setLong(2, fileId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String repliesOf(Replies.Conversation c) {
        return "/api/v1/conversations/" + c.id() + "/replies";
    }

    private static String reply(String channel, String text, Instant sendAt) {
        return Json.createObjectBuilder().add("channel", channel).add("text", text).add("sendAt", sendAt.toString()).build().toString();
    }

    private static JsonObject entry(Api agent, long customer, long entryId) {
        return new Timeline(agent).entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + entryId));
    }

    private static List<String> sentBodies(FakeProvider twilio) {
        return twilio.requests().stream().map(r -> r.form().get("Body")).toList();
    }

    private static byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static HttpResponse<byte[]> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
