package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies on WhatsApp (the test server sends WhatsApp through Meta), Messenger and Instagram go out through Meta's
 * Graph API send endpoints (a local server answering as Meta documents) with the exact request Meta expects.
 */
class MetaRepliesIT extends ContainerTest {

    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String PAGE_ID = "1094452873";

    private Api alice;
    private Replies replies;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        replies = new Replies(base, alice);
    }

    @Test
    void aWhatsAppReplyGoesThroughTheCloudApiWithTheSystemUsersToken() {
        try (FakeProvider meta = FakeProvider.meta().then(200, """
                {"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],
                 "messages": [{"id": "wamid.HBgLMTQxNTU1NTAxNDIVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"}]}""")) {
            Replies.Conversation c = replies.startedOn("WHATSAPP", Messages.uniquePhone(), null);
            long entryId = replies.reply(c.id(), "WHATSAPP", "Your order ships \"today\"").getJsonNumber("entryId").longValue();

            JsonObject entry = replies.entryWhen(c.customer(), entryId, "SENT");
            assertEquals("wamid.HBgLMTQxNTU1NTAxNDIVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA", entry.getString("externalId"));
            FakeProvider.Request request = meta.requests().get(0);
            assertEquals("POST", request.method());
            assertEquals("/v21.0/" + PHONE_NUMBER_ID + "/messages", request.path());
            assertEquals("Bearer it-whatsapp-token", request.authorization());
            assertEquals("application/json", request.contentType());
            assertEquals(Json.createObjectBuilder().add("messaging_product", "whatsapp").add("recipient_type", "individual")
                    .add("to", c.handle().substring(1)).add("type", "text")
                    .add("text", Json.createObjectBuilder().add("preview_url", false).add("body", "Your order ships \"today\""))
                    .add("biz_opaque_callback_data", "threadline-reply:" + entryId)
                    .build(), request.json(), "the reply's id comes back in WhatsApp's status reports");
        }
    }

    @Test
    void aMessengerReplyWithinADayIsAResponseAndLaterItIsTaggedHumanAgent() {
        try (FakeProvider meta = FakeProvider.meta()) {
            Replies.Conversation fresh = replies.startedOn("FACEBOOK", "psid-" + Messages.unique(), null);
            long first = replies.reply(fresh.id(), "FACEBOOK", "Happy to help").getJsonNumber("entryId").longValue();
            assertTrue(replies.entryWhen(fresh.customer(), first, "SENT").getString("externalId").startsWith("m_"));

            Replies.Conversation older = replies.startedOn("FACEBOOK", "psid-" + Messages.unique(),
                    Instant.now().minus(Duration.ofDays(3)).toString());
            long second = replies.reply(older.id(), "FACEBOOK", "Sorry for the wait").getJsonNumber("entryId").longValue();
            replies.entryWhen(older.customer(), second, "SENT");

            assertEquals(2, meta.requests().size());
            FakeProvider.Request response = meta.requests().get(0);
            assertEquals("/v21.0/" + PAGE_ID + "/messages", response.path());
            assertEquals("Bearer it-page-token", response.authorization());
            assertEquals(Json.createObjectBuilder().add("recipient", Json.createObjectBuilder().add("id", fresh.handle()))
                    .add("messaging_type", "RESPONSE").add("message", Json.createObjectBuilder().add("text", "Happy to help")
                            .add("metadata", "threadline-reply:" + first))
                    .build(), response.json(), "the reply's id comes back in Messenger's echo");
            JsonObject tagged = meta.requests().get(1).json();
            assertEquals("MESSAGE_TAG", tagged.getString("messaging_type"));
            assertEquals("HUMAN_AGENT", tagged.getString("tag"));
        }
    }

    @Test
    void anInstagramReplyMetaRefusesIsFailedWithMetasReasonAndATransientErrorIsRetried() {
        try (FakeProvider meta = FakeProvider.meta()
                .then(500, """
                        {"error": {"message": "An unexpected error has occurred. Please retry your request later.",
                         "type": "OAuthException", "is_transient": true, "code": 2, "fbtrace_id": "AbC"}}""")
                .then(400, """
                        {"error": {"message": "(#551) This person isn't available right now.", "type": "OAuthException",
                         "code": 551, "error_subcode": 1545041, "fbtrace_id": "AbD"}}""")) {
            Replies.Conversation c = replies.startedOn("INSTAGRAM", "igsid-" + Messages.unique(), null);
            long entryId = replies.reply(c.id(), "INSTAGRAM", "Here you go").getJsonNumber("entryId").longValue();

            JsonObject entry = replies.entryWhen(c.customer(), entryId, "FAILED");
            assertEquals("Meta answered 400: (#551) This person isn't available right now. (error 551)",
                    entry.getString("deliveryDetail"));
            assertEquals(2, meta.requests().size(), "the transient error was retried, the refusal was not");
            assertEquals(c.handle(), meta.requests().get(1).json().getJsonObject("recipient").getString("id"));
        }
    }

    @Test
    void aMessengerReplyAfterSevenDaysIsRefusedBeforeItIsQueued() {
        Replies.Conversation c = replies.startedOn("FACEBOOK", "psid-" + Messages.unique(),
                Instant.now().minus(Duration.ofDays(8)).toString());
        Api.Reply late = alice.post("/api/v1/conversations/" + c.id() + "/replies", "{\"channel\": \"FACEBOOK\", \"text\": \"Hello\"}");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.object().getString("message").startsWith(
                "Messenger allows a free-text reply only within 7 days of the customer's last Messenger message"), late.body());
        assertEquals(1, new Timeline(alice).entriesOf(c.customer()).size(), "nothing stored");
    }
}
