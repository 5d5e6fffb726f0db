package io.threadline.it;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.activation.DataHandler;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email channel against a real mail server (GreenMail on loopback): customers' mails sent over SMTP to the
 * support mailbox reach the timeline through Threadline's IMAP poller, and agents' replies reach the customers'
 * mailboxes through Threadline's SMTP connector, threaded so that the customers' answers come back to the same
 * conversation.
 */
class EmailChannelIT extends ContainerTest {

    private static final String IMPORTED = "$ThreadlineImported";
    private static final String SET_ASIDE = "$ThreadlineUnreadable";

    private Api alice;
    private Api admin;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        admin = Api.as(base, "ada");
        timeline = new Timeline(alice);
    }

    @Test
    void aCustomersMailBecomesAnEntryWithTrimmedTextItsOriginalAndItsAttachments() throws Exception {
        try (MailServer server = new MailServer()) {
            String customer = "nora-" + Messages.unique() + "@example.com";
            String messageId = "<" + Messages.unique() + "@mail.example.com>";
            byte[] photo = new byte[3000];
            for (int i = 0; i < photo.length; i++) {
                photo[i] = (byte) (i * 31);
            }
            MimeMessage mail = MailServer.from(customer, "Nora Quinn", "Parcel not delivered", messageId);
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text("It never arrived.\n\nOn Mon, Nov 23, 2026 at 9:15 AM Support <"
                    + MailServer.SUPPORT + "> wrote:\n> Your parcel left our warehouse.\n"));
            alternative.addBodyPart(html("<p>It never arrived.</p><blockquote>Your parcel left our warehouse.</blockquote>"));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(file("label photo.png", "image/png", photo));
            mixed.addBodyPart(file("scan.pdf", "application/pdf", new byte[70_000]));
            mail.setContent(mixed);
            server.send(mail);

            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            JsonObject entry = timeline.entryWithText(id, "It never arrived.");
            assertEquals("EMAIL", entry.getString("channel"));
            assertEquals("INBOUND", entry.getString("direction"));
            assertEquals("Nora Quinn", entry.getString("author"));
            assertEquals("Parcel not delivered", entry.getString("subject"));
            assertEquals(messageId, entry.getString("externalId"));
            JsonObject original = entry.getJsonObject("original");
            assertTrue(original.getString("text").contains("> Your parcel left our warehouse."), original.toString());
            assertTrue(original.getString("html").contains("<blockquote>Your parcel left our warehouse.</blockquote>"),
                    original.toString());

            JsonArray attachments = entry.getJsonArray("attachments");
            assertEquals(2, attachments.size(), attachments.toString());
            JsonObject kept = attachments.getJsonObject(0);
            assertEquals("label photo.png", kept.getString("name"));
            assertEquals("image/png", kept.getString("contentType"));
            assertEquals(3000, kept.getInt("size"));
            Api.Reply download = alice.get(kept.getString("url"));
            assertEquals(200, download.status(), download.body());
            assertArrayEquals(photo, download.content());
            assertEquals("image/png", download.header("Content-Type"));
            assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\"label photo.png\""),
                    download.header("Content-Disposition"));
            assertEquals("nosniff", download.header("X-Content-Type-Options"));
            assertEquals(401, Api.as(base, null).get(kept.getString("url")).status());

            JsonObject tooLarge = attachments.getJsonObject(1);
            assertEquals("scan.pdf", tooLarge.getString("name"));
            assertFalse(tooLarge.containsKey("url"), tooLarge.toString());
            assertEquals("larger than the limit of 65536 bytes per attachment", tooLarge.getString("omitted"));

            StoredMessage stored = Eventually.get("the mail flagged as imported", Duration.ofSeconds(30), () ->
                    stored(server, messageId).filter(m -> m.getFlags().contains(IMPORTED)));
            assertTrue(stored.isSet(Flags.Flag.SEEN));
        }
    }

    @Test
    void anHtmlMailIsReducedToSafeText() throws Exception {
        try (MailServer server = new MailServer()) {
            String customer = "omar-" + Messages.unique() + "@example.com";
            MimeMessage mail = MailServer.from(customer, null, "Invoice", "<" + Messages.unique() + "@mail.example.com>");
            mail.setContent("<html><head><script>alert('head')</script></head><body><p>Hello,</p>"
                    + "<p>my <b>invoice</b> is wrong.</p><script>document.location='https://evil.example/'</script>"
                    + "<img src=\"x\" onerror=\"alert(1)\"></body></html>", "text/html; charset=UTF-8");
            server.send(mail);

            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            JsonObject entry = timeline.entryWithText(id, "Hello,\n\nmy invoice is wrong.");
            assertEquals(customer, entry.getString("author"));
            String html = entry.getJsonObject("original").getString("html");
            assertTrue(html.contains("<b>invoice</b>"), html);
            assertFalse(html.contains("<script") || html.contains("onerror") || html.contains("alert"), html);
        }
    }

    @Test
    void anAgentsReplyReachesTheCustomerThreadedAndTheirAnswerJoinsThatConversation() throws Exception {
        try (MailServer server = new MailServer()) {
            String customer = "helen-" + Messages.unique() + "@example.com";
            String first = "<" + Messages.unique() + "@mail.example.com>";
            MimeMessage old = MailServer.from(customer, "Helen Park", "Invoice charged twice", first);
            old.setSentDate(Date.from(Instant.now().minus(Duration.ofDays(30))));
            old.setText("I was charged twice.");
            server.send(old);
            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            long invoiceConversation = timeline.entryWithText(id, "I was charged twice.").getJsonNumber("conversationId").longValue();
            MimeMessage newer = MailServer.from(customer, "Helen Park", "New address", "<" + Messages.unique() + "@mail.example.com>");
            newer.setText("Please update my address.");
            server.send(newer);
            long addressConversation = timeline.entryWithText(id, "Please update my address.").getJsonNumber("conversationId").longValue();
            assertNotEquals(invoiceConversation, addressConversation, "a mail a month later opens a conversation of its own");

            Api.Reply queued = alice.post("/api/v1/conversations/" + invoiceConversation + "/replies",
                    "{\"channel\": \"EMAIL\", \"text\": \"We refunded the second charge.\"}");
            assertEquals(202, queued.status(), queued.body());
            long entryId = queued.object().getJsonNumber("entryId").longValue();
            JsonObject sent = entry(id, entryId, "SENT");
            String replyId = sent.getString("externalId");

            MimeMessage received = Eventually.get("the reply in the customer's mailbox", Duration.ofSeconds(30), () ->
                    server.receivedBy(customer).stream().findFirst());
            assertEquals(replyId, received.getMessageID());
            assertTrue(replyId.matches("<reply-" + entryId + "\\.[0-9a-f]{8}@threadline\\.test>"),
                    "the same Message-ID at every attempt to send this reply: " + replyId);
            assertEquals(first, received.getHeader("In-Reply-To", null));
            assertEquals(first, received.getHeader("References", " ").strip());
            assertEquals("Re: Invoice charged twice", received.getSubject());
            assertEquals(MailServer.SUPPORT, ((InternetAddress) received.getFrom()[0]).getAddress());
            assertEquals("We refunded the second charge.", ((String) received.getContent()).strip());

            MimeMessage answer = MailServer.from(customer, "Helen Park", "Re: Invoice charged twice", "<" + Messages.unique() + "@mail.example.com>");
            answer.setHeader("In-Reply-To", replyId);
            answer.setHeader("References", first + " " + replyId);
            answer.setText("Thanks, I see it now.\n\nOn Tue, Dec 1, 2026 at 10:00 AM <" + MailServer.SUPPORT + "> wrote:\n"
                    + "> We refunded the second charge.\n");
            server.send(answer);
            JsonObject answered = timeline.entryWithText(id, "Thanks, I see it now.");
            assertEquals(invoiceConversation, answered.getJsonNumber("conversationId").longValue(),
                    "the answer to the reply joins the invoice conversation, not the customer's latest one");
        }
    }

    @Test
    void aMailReadTwiceIsRecordedOnce() throws Exception {
        try (MailServer server = new MailServer()) {
            String customer = "ida-" + Messages.unique() + "@example.com";
            String messageId = "<" + Messages.unique() + "@mail.example.com>";
            MimeMessage mail = MailServer.from(customer, null, "Order", messageId);
            mail.setText("Is my order shipped?");
            Metrics metrics = new Metrics(base);
            double duplicatesBefore = metrics.counter("threadline_inbound_duplicates");
            server.send(mail);
            server.send(mail);

            Eventually.get("both copies imported", Duration.ofSeconds(30), () -> server.supportInbox().stream()
                    .filter(m -> messageId.equals(messageIdOf(m)) && m.getFlags().contains(IMPORTED)).count() == 2
                    ? Optional.of(true) : Optional.empty());
            Eventually.get("the second copy recognised as a duplicate", Duration.ofSeconds(30), () ->
                    metrics.counter("threadline_inbound_duplicates") > duplicatesBefore ? Optional.of(true) : Optional.empty());
            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            assertEquals(1, timeline.entriesOf(id).stream().filter(e -> messageId.equals(e.getString("externalId", null))).count());
        }
    }

    @Test
    void aMailIsMarkedOnTheServerOnlyOnceItsImportCommitted() throws Exception {
        try (MailServer server = new MailServer()) {
            String run = Messages.unique();
            String customer = "ben-" + run + "@example.com";
            String messageId = "<" + run + "@mail.example.com>";
            MimeMessage mail = MailServer.from(customer, null, "Receipt", messageId);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(text("Here is the receipt."));
            mixed.addBodyPart(file("blocked-" + run + ".txt", "text/plain", "receipt".getBytes()));
            mail.setContent(mixed);
            DataSource db = (DataSource) Jms.lookup("jdbc/threadline");
            execute(db, "ALTER TABLE ATTACHMENT_CONTENT ADD CONSTRAINT IT_MAIL_BLOCK CHECK (NAME <> 'blocked-" + run + ".txt')");
            try {
                server.send(mail);
                String error = Eventually.get("the failed import reported", Duration.ofSeconds(30), () ->
                        mailboxError().filter(e -> e.toUpperCase().contains("IT_MAIL_BLOCK")));
                assertTrue(error.contains("stays for the next poll"), error);
                StoredMessage waiting = stored(server, messageId).orElseThrow();
                assertFalse(waiting.getFlags().contains(IMPORTED), "not marked while nothing was committed");
                assertFalse(waiting.isSet(Flags.Flag.SEEN));
                assertEquals(List.of(), timeline.customersWith(customer), "nothing of the mail was kept");
            } finally {
                execute(db, "ALTER TABLE ATTACHMENT_CONTENT DROP CONSTRAINT IT_MAIL_BLOCK");
            }

            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            timeline.entryWithText(id, "Here is the receipt.");
            Eventually.get("the mail flagged once imported", Duration.ofSeconds(30), () ->
                    stored(server, messageId).filter(m -> m.getFlags().contains(IMPORTED)));
        }
    }

    @Test
    void aMailThatCannotBeReadIsSetAsideWithTheReasonAndThePollerMovesOn() throws Exception {
        try (MailServer server = new MailServer()) {
            String run = Messages.unique();
            String unreadableId = "<nobody-" + run + "@mail.example.com>";
            MimeMessage noSender = MailServer.compose();
            noSender.setHeader("Message-ID", unreadableId);
            noSender.setSubject("No sender " + run);
            noSender.setText("Who sent this?");
            noSender.saveChanges();
            server.deliver(noSender);
            String customer = "eva-" + run + "@example.com";
            MimeMessage good = MailServer.from(customer, null, "Hello", "<" + run + "@mail.example.com>");
            good.setText("A readable mail after the broken one.");
            server.send(good);

            long id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            timeline.entryWithText(id, "A readable mail after the broken one.");
            JsonObject letter = Eventually.get("the unreadable mail among the dead letters", Duration.ofSeconds(30), () ->
                    admin.get("/api/v1/admin/dead-letters?max=1000").array().getValuesAs(JsonObject.class).stream()
                            .filter(l -> l.getString("body", "").contains("No sender " + run)).findFirst());
            assertTrue(letter.getString("reason").startsWith("mailbox 'support': mail UID "), letter.toString());
            assertTrue(letter.getString("reason").endsWith("cannot be imported: From: the mail names no sender"), letter.toString());
            StoredMessage setAside = Eventually.get("the unreadable mail marked", Duration.ofSeconds(30), () ->
                    stored(server, unreadableId).filter(m -> m.getFlags().contains(SET_ASIDE)));
            assertFalse(setAside.getFlags().contains(IMPORTED));
        }
    }

    @Test
    void aReplyTheSmtpServerCannotTakeEndsFailedWithTheReason() throws Exception {
        long id;
        long conversation;
        String customer = "max-" + Messages.unique() + "@example.com";
        try (MailServer server = new MailServer()) {
            MimeMessage mail = MailServer.from(customer, null, "Warranty", "<" + Messages.unique() + "@mail.example.com>");
            mail.setText("Is my kettle still under warranty?");
            server.send(mail);
            id = timeline.customerWith(customer).getJsonNumber("id").longValue();
            conversation = timeline.entryWithText(id, "Is my kettle still under warranty?").getJsonNumber("conversationId").longValue();
        }

        Api.Reply queued = alice.post("/api/v1/conversations/" + conversation + "/replies",
                "{\"channel\": \"EMAIL\", \"text\": \"Yes, until March.\"}");
        assertEquals(202, queued.status(), queued.body());
        JsonObject failed = entry(id, queued.object().getJsonNumber("entryId").longValue(), "FAILED");
        String reason = failed.getString("deliveryDetail");
        assertTrue(reason.startsWith("The SMTP server 127.0.0.1:" + MailServer.SMTP_PORT + " could not be reached: "), reason);
    }

    private static MimeBodyPart text(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private static MimeBodyPart html(String html) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(html, "text/html; charset=UTF-8");
        return part;
    }

    private static MimeBodyPart file(String name, String type, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    private static Optional<StoredMessage> stored(MailServer server, String messageId) {
        return server.supportInbox().stream().filter(m -> messageId.equals(messageIdOf(m))).findFirst();
    }

    private static String messageIdOf(StoredMessage message) {
        try {
            return message.getMimeMessage().getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private Optional<String> mailboxError() {
        Api.Reply reply = admin.get("/api/v1/admin/mailboxes");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(m -> "support".equals(m.getString("name")))
                .map(m -> m.getString("lastError", null)).filter(e -> e != null).findFirst();
    }

    private JsonObject entry(long customer, long entryId, String status) {
        return Eventually.get("reply " + entryId + " " + status, Duration.ofSeconds(60), () ->
                timeline.entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                        .filter(e -> status.equals(e.getString("deliveryStatus", null))).findFirst());
    }

    private static void execute(DataSource db, String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
