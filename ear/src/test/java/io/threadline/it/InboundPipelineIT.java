package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbound pipeline as integrations see it: messages posted to the API or put on the JMS queue land on
 * the right customer's timeline once, bad input is refused with the field named and nothing stored, and a
 * message that keeps failing ends on the exception destination with its reason, from where it can be replayed.
 */
class InboundPipelineIT extends ContainerTest {

    private Api erp;
    private Api admin;
    private Timeline timeline;
    private Metrics metrics;

    @BeforeEach
    void clients() {
        erp = Api.as(base, "erp");
        admin = Api.as(base, "ada");
        timeline = new Timeline(Api.as(base, "alice"));
        metrics = new Metrics(base);
    }

    @Test
    void aMessagePostedToTheApiAppearsOnTheSendersTimeline() {
        String email = "api-" + Messages.unique() + "@example.com";
        Api.Reply reply = erp.post("/api/v1/messages", Messages.canonical("EMAIL", "mail-" + Messages.unique(),
                email.toUpperCase(), "Nora Quinn", "My parcel never arrived.", "2026-11-23T09:15:00Z"));

        assertEquals(202, reply.status(), reply.body());
        assertEquals("accepted", reply.object().getString("status"));
        JsonObject customer = timeline.customerWith(email);
        assertEquals("Nora Quinn", customer.getString("name"));
        JsonObject entry = timeline.entryWithText(customer.getJsonNumber("id").longValue(), "My parcel never arrived.");
        assertEquals("MESSAGE", entry.getString("type"));
        assertEquals("EMAIL", entry.getString("channel"));
        assertEquals("INBOUND", entry.getString("direction"));
        assertEquals("2026-11-23T09:15:00Z", entry.getString("occurredAt"));
        assertTrue(entry.containsKey("conversationId"));
    }

    @Test
    void aMessagePutOnTheQueueAppearsOnTheSendersTimeline() {
        String handle = "ig-" + Messages.unique();
        Jms.sendToInbound(Messages.canonical("INSTAGRAM", "mid." + Messages.unique(), handle, "Omar", "Is the blue one back in stock?", null));

        JsonObject customer = timeline.customerWith(handle);
        JsonObject entry = timeline.entryWithText(customer.getJsonNumber("id").longValue(), "Is the blue one back in stock?");
        assertEquals("INSTAGRAM", entry.getString("channel"));
        assertEquals("INSTAGRAM", customer.getJsonArray("identities").getJsonObject(0).getString("type"));
    }

    @Test
    void theSamePhoneOverSmsWhatsAppAndACallIsOneCustomer() {
        String phone = Messages.uniquePhone();
        String national = "(" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
        erp.post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), national, "Lena", "sms about my order", null));
        erp.post("/api/v1/messages", Messages.canonical("WHATSAPP", "wamid." + Messages.unique(), "whatsapp:" + phone, null, "whatsapp about my order", null));
        Jms.sendToInbound(Messages.canonical("PHONE", "call-" + Messages.unique(), phone, null, "call about my order", null));

        JsonObject customer = timeline.customerWith(phone);
        long id = customer.getJsonNumber("id").longValue();
        timeline.entryWithText(id, "sms about my order");
        timeline.entryWithText(id, "whatsapp about my order");
        JsonObject call = timeline.entryWithText(id, "call about my order");

        assertEquals("CALL", call.getString("type"));
        assertEquals(1, timeline.customersWith(phone).size());
        JsonObject profile = Api.as(base, "alice").get("/api/v1/customers/" + id).object();
        assertEquals(1, profile.getJsonArray("identities").size(), profile.toString());
        assertEquals(phone, profile.getJsonArray("identities").getJsonObject(0).getString("value"));
        assertEquals(1, profile.getJsonArray("conversations").size(), "one active conversation across the three channels");
    }

    @Test
    void aDuplicateExternalIdStoresOneEntry() {
        String handle = "chat-" + Messages.unique();
        String message = Messages.canonical("CHAT", "dup-" + Messages.unique(), handle, null, "Hello, anyone there?", null);
        double duplicatesBefore = metrics.counter("threadline_inbound_duplicates");

        erp.post("/api/v1/messages", message);
        erp.post("/api/v1/messages", message);
        Jms.sendToInbound(message);

        Eventually.get("two duplicates counted", Duration.ofSeconds(30), () ->
                metrics.counter("threadline_inbound_duplicates") >= duplicatesBefore + 2 ? Optional.of(true) : Optional.empty());
        long id = timeline.customerWith(handle).getJsonNumber("id").longValue();
        assertEquals(1, timeline.entriesOf(id).size(), "one entry for three deliveries of one message");
    }

    @Test
    void badInputOverTheApiIsRefusedNamingTheFieldAndNothingIsStored() {
        String phone = Messages.uniquePhone();
        double acceptedBefore = metrics.counter("threadline_inbound_accepted");
        Map<String, String> cases = Map.of(
                "{\"channel\": \"SMS\", \"externalId\": ", "body",
                "{\"externalId\": \"x1\", \"from\": {\"handle\": \"" + phone + "\"}, \"text\": \"hi\"}", "channel",
                "{\"channel\": \"PIGEON\", \"externalId\": \"x2\", \"from\": {\"handle\": \"" + phone + "\"}, \"text\": \"hi\"}", "channel",
                "{\"channel\": \"SMS\", \"externalId\": \"x3\", \"from\": {\"handle\": \"  \"}, \"text\": \"hi\"}", "from.handle",
                "{\"channel\": \"SMS\", \"externalId\": \"x4\", \"from\": {\"handle\": \"+1 415 12\"}, \"text\": \"hi\"}", "from.handle");

        cases.forEach((body, field) -> {
            Api.Reply reply = erp.post("/api/v1/messages", body);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("invalid_input", reply.object().getString("error"));
            assertEquals(field, reply.object().getString("field"), reply.body());
            assertTrue(reply.object().getString("message").startsWith(field + ":"), reply.body());
        });

        String huge = Messages.canonical("SMS", "x5", phone, null, "x".repeat(1_100_000), null);
        Api.Reply tooLarge = erp.post("/api/v1/messages", huge);
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.object().getString("message").contains("crm.api.max-body-bytes"), tooLarge.body());

        assertEquals(acceptedBefore, metrics.counter("threadline_inbound_accepted"), "nothing was enqueued");
        assertEquals(List.of(), timeline.customersWith(phone), "nothing was stored");
    }

    @Test
    void onlyIntegrationsMayPostMessages() {
        String body = Messages.canonical("CHAT", "auth-" + Messages.unique(), "v-" + Messages.unique(), null, "hi", null);
        assertEquals(401, Api.as(base, null).post("/api/v1/messages", body).status());
        assertEquals(403, Api.as(base, "alice").post("/api/v1/messages", body).status());
    }

    @Test
    void anInvalidMessageOnTheQueueGoesToTheExceptionDestinationWithTheReason() {
        String phone = Messages.uniquePhone();
        String body = "{\"channel\": \"SMS\", \"externalId\": \"bad-" + Messages.unique() + "\", \"from\": {\"handle\": \"" + phone
                + "0000\"}, \"text\": \"number with too many digits\"}";
        Jms.sendToInbound(body);

        JsonObject letter = deadLetterWithBody(body);
        assertTrue(letter.getString("reason").startsWith("from.handle: "), letter.toString());
        assertEquals(List.of(), timeline.customersWith(phone + "0000"));
    }

    @Test
    void aMessageThatKeepsFailingEndsOnTheExceptionDestinationAndCanBeReplayed() throws Exception {
        String run = Messages.unique();
        String handle = "poison-" + run + "@example.com";
        String body = Messages.canonical("EMAIL", "poison-" + run, handle, null, "Please call me back", null);
        DataSource db = (DataSource) Jms.lookup("jdbc/threadline");
        execute(db, "ALTER TABLE TIMELINE_ENTRY ADD CONSTRAINT IT_POISON CHECK (EXTERNAL_ID IS NULL OR EXTERNAL_ID <> 'poison-" + run + "')");
        JsonObject letter;
        try {
            Jms.sendToInbound(body);
            letter = deadLetterWithBody(body);
        } finally {
            execute(db, "ALTER TABLE TIMELINE_ENTRY DROP CONSTRAINT IT_POISON");
        }

        assertTrue(letter.getString("reason").toUpperCase().contains("IT_POISON"), letter.getString("reason"));
        assertTrue(letter.getInt("attempts") >= 2, "redelivered before giving up: " + letter);
        assertTrue(timeline.customersWith(handle).stream().allMatch(c -> timeline.entriesOf(c.getJsonNumber("id").longValue()).isEmpty()),
                "the failed attempts left no entry (the sender's customer, committed in a transaction of its own, stays)");

        Api.Reply replay = admin.post("/api/v1/admin/dead-letters/" + letter.getString("messageId") + "/replay", "");
        assertEquals(202, replay.status(), replay.body());
        long id = timeline.customerWith(handle).getJsonNumber("id").longValue();
        timeline.entryWithText(id, "Please call me back");
        assertTrue(admin.get("/api/v1/admin/dead-letters").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> body.equals(l.getString("body", null))), "the replayed message left the exception destination");
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndLosesNothingItAccepted() throws Exception {
        String handle = "burst-" + Messages.unique();
        List<Integer> accepted = new java.util.ArrayList<>();
        Api.Reply refused = null;
        try (PausedConsumer paused = PausedConsumer.inbound()) {
            for (int i = 0; i < 1000 && refused == null; i++) {
                Api.Reply reply = erp.post("/api/v1/messages", Messages.canonical("CHAT", handle + "-" + i, handle, null,
                        "burst message " + i, null));
                if (reply.status() == 202) {
                    accepted.add(i);
                } else {
                    refused = reply;
                }
            }
        }

        assertTrue(refused != null, "the queue filled up within 1000 messages");
        assertEquals(503, refused.status(), refused.body());
        assertEquals("5", refused.header("Retry-After"));
        assertEquals("unavailable", refused.object().getString("error"));
        long id = timeline.customerWith(handle).getJsonNumber("id").longValue();
        Eventually.get("every accepted message on the timeline", Duration.ofSeconds(120), () ->
                timeline.entriesOf(id).size() == accepted.size() ? Optional.of(true) : Optional.empty());
        assertEquals(1, Api.as(base, "alice").get("/api/v1/customers/" + id).object().getJsonArray("conversations").size(),
                "a burst from one customer, processed in parallel, is one conversation");
    }

    private JsonObject deadLetterWithBody(String body) {
        return Eventually.get("a dead letter with body " + body, Duration.ofSeconds(60), () -> {
            Api.Reply reply = admin.get("/api/v1/admin/dead-letters?max=1000");
            assertEquals(200, reply.status(), reply.body());
            return reply.array().getValuesAs(JsonObject.class).stream()
                    .filter(l -> body.equals(l.getString("body", null))).findFirst();
        });
    }

    private static void execute(DataSource db, String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
