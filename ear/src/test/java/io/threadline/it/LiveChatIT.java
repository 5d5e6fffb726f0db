package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live chat through a real WebSocket client, as the widget speaks it: visitors write, agents answer live,
 * returning visitors get their history back, and nobody sees what is not theirs.
 */
class LiveChatIT extends ContainerTest {

    private Api alice;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        timeline = new Timeline(alice);
    }

    @Test
    void theWidgetAndItsDemoPageAreServedToAnyone() {
        Api visitor = Api.as(base, null);
        Api.Reply widget = visitor.get("/chat/widget.js");
        assertEquals(200, widget.status());
        assertTrue(widget.header("Content-Type").startsWith("text/javascript"), widget.header("Content-Type"));
        assertTrue(widget.body().contains("new URL('socket', script.src)"), "the socket URL comes from the script's src");
        Api.Reply demo = visitor.get("/chat/demo.html");
        assertEquals(200, demo.status());
        assertTrue(demo.header("Content-Type").startsWith("text/html"), demo.header("Content-Type"));
        assertTrue(demo.body().contains("<script src=\"widget.js\""), "the demo page embeds the widget");
    }

    @Test
    void thePreChatFormLinksTheVisitorToTheCustomerWithThatEmail() {
        String email = "nora." + Messages.unique() + "@example.com";
        long customer = customerWritingEmail(email, "Where is my parcel?");

        try (ChatClient chat = ChatClient.connect(base)) {
            JsonObject welcome = chat.hello(null);
            assertEquals(0, welcome.getJsonArray("history").size());
            assertEquals("optional", welcome.getString("preChatForm"));
            String visitorId = welcome.getString("visitorId");
            assertTrue(visitorId.startsWith("visitor-"), visitorId);
            assertEquals(43, welcome.getString("token").length());

            JsonObject profile = chat.introduce("Nora Quinn", email.toUpperCase());
            assertEquals(email, profile.getString("email"), "the address as normalized");
            chat.say("m1", "Any news? Writing from the chat now");

            JsonObject entry = timeline.entryWithText(customer, "Any news? Writing from the chat now");
            assertEquals("CHAT", entry.getString("channel"));
            assertEquals("INBOUND", entry.getString("direction"));
            assertEquals("Nora Quinn", entry.getString("author"));
            assertEquals(customer, timeline.customerWith(visitorId).getJsonNumber("id").longValue(),
                    "the visitor's CHAT identity belongs to the customer with that email");
        }
    }

    @Test
    void aSecondEmailInThePreChatFormMovesTheChatWithoutMergingTwoCustomers() {
        String firstEmail = "ann." + Messages.unique() + "@example.com";
        String secondEmail = "ben." + Messages.unique() + "@example.com";
        long first = customerWritingEmail(firstEmail, "Ann's order question");
        long second = customerWritingEmail(secondEmail, "Ben's invoice question");
        try (ChatClient chat = ChatClient.connect(base)) {
            String visitorId = chat.hello(null).getString("visitorId");
            chat.introduce("Ann", firstEmail);
            assertEquals(first, timeline.customerWith(visitorId).getJsonNumber("id").longValue());
            chat.introduce("Ben", secondEmail);
            assertEquals(second, timeline.customerWith(visitorId).getJsonNumber("id").longValue());
        }
        for (long customer : List.of(first, second)) {
            assertEquals("ACTIVE", alice.get("/api/v1/customers/" + customer).object().getString("status"),
                    "a visitor's word merges no two customers with addresses of their own");
        }
    }

    @Test
    void aMessageSentAgainAfterAReconnectIsStoredOnce() {
        Metrics metrics = new Metrics(base);
        double duplicatesBefore = metrics.counter("threadline_inbound_duplicates");
        String token;
        String visitorId;
        try (ChatClient chat = ChatClient.connect(base)) {
            JsonObject welcome = chat.hello(null);
            token = welcome.getString("token");
            visitorId = welcome.getString("visitorId");
            chat.say("m-resent", "Is the blue jacket back in stock?");
        }
        try (ChatClient again = ChatClient.connect(base)) {
            again.hello(token);
            again.say("m-resent", "Is the blue jacket back in stock?");
        }

        Eventually.get("the resend counted as a duplicate", Duration.ofSeconds(30), () ->
                metrics.counter("threadline_inbound_duplicates") >= duplicatesBefore + 1 ? Optional.of(true) : Optional.empty());
        long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
        List<JsonObject> entries = timeline.entriesOf(customer);
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(visitorId + "/in/m-resent", entries.get(0).getString("externalId"));
    }

    @Test
    void theBotAnswersOnceAndStaysOutOfAChatAPersonIsAboutToTake() {
        String word = "flummox" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        Api sam = Api.as(base, "sam");
        long article = sam.post("/api/v1/knowledge/articles", """
                {"title": "Returning a %s", "body": "Send the %s back.", "language": "en", "category": "Returns",
                 "status": "published"}""".formatted(word, word)).object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(base, word, "en", article);
        try (ChatClient chat = ChatClient.connect(base)) {
            String visitorId = chat.helloShowingSuggestions("en").getString("visitorId");
            chat.say("q-1", "How do I return a " + word + "?");
            JsonObject offered = chat.next("suggestions");
            assertEquals("q-1", offered.getString("id"));
            assertEquals(article, offered.getJsonArray("articles").getJsonObject(0).getJsonNumber("id").longValue());
            chat.say("q-1", "How do I return a " + word + "?");
            assertEquals(offered, chat.next("suggestions"), "the same question sent again is answered the same way");

            chat.send("{\"type\":\"resolved\",\"id\":\"q-unknown\"}");
            assertEquals("id", chat.next("error").getString("field"));
            chat.send("{\"type\":\"handover\",\"id\":\"q-1\"}");
            assertEquals("q-1", chat.next("handedOver").getString("id"));
            // At once, before routing has recorded the question: the bot keeps out, this goes to the person too.
            chat.say("q-2", "The " + word + " is still in its box.");

            long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
            timeline.entryWithText(customer, "How do I return a " + word + "?");
            timeline.entryWithText(customer, "The " + word + " is still in its box.");
            chat.send("{\"type\":\"resolved\",\"id\":\"q-1\"}");
            assertTrue(chat.next("error").getString("message").contains("already ended as handed_over"));
        }
    }

    @Test
    void outsideTheChatsHoursAVisitorIsToldOnceWhenAPersonWillAnswer() {
        try (Configuration configuration = new Configuration(base)) {
            Instant opens = configuration.createCalendarClosedUntilTheDayAfterTomorrow("Live chat");
            try (ChatClient chat = ChatClient.connect(base)) {
                chat.hello(null);
                chat.say("m-1", "Is anybody there?");
                JsonObject away = chat.next();
                assertEquals("away", away.getString("type"), away.toString());
                assertEquals(opens.toString(), away.getString("opensAt"));
                assertEquals("UTC", away.getString("zone"));
                chat.say("m-2", "Hello?");
                assertNoFrameBeforePong(chat, "told once on a socket");
            }
            configuration.removeAll();
            try (ChatClient chat = ChatClient.connect(base)) {
                chat.hello(null);
                chat.say("m-1", "Is anybody there?");
                assertNoFrameBeforePong(chat, "without the calendar, people answer at any hour");
            }
        }
    }

    private static void assertNoFrameBeforePong(ChatClient chat, String why) {
        chat.send("{\"type\":\"ping\"}");
        assertEquals("pong", chat.next().getString("type"), why);
    }

    @Test
    void malformedFramesGetAnErrorFrameNamingTheFaultAndNothingIsStored() {
        try (ChatClient chat = ChatClient.connect(base)) {
            chat.send("{\"type\":\"message\",\"id\":\"early\",\"text\":\"before hello\"}");
            assertError(chat.next("error"), "hello_required", "type");
            chat.send("this is not JSON");
            assertError(chat.next("error"), "invalid_input", "frame");
            chat.send("[1, 2]");
            assertError(chat.next("error"), "invalid_input", "frame");
            chat.send("{\"type\":\"shout\"}");
            assertError(chat.next("error"), "invalid_input", "type");

            String visitorId = chat.hello(null).getString("visitorId");
            chat.send("{\"type\":\"message\",\"text\":\"no id\"}");
            assertError(chat.next("error"), "invalid_input", "id");
            chat.send("{\"type\":\"message\",\"id\":\"has spaces\",\"text\":\"bad id\"}");
            assertError(chat.next("error"), "invalid_input", "id");
            chat.send("{\"type\":\"message\",\"id\":\"blank\",\"text\":\"   \"}");
            assertError(chat.next("error"), "invalid_input", "text");
            chat.send("{\"type\":\"message\",\"id\":\"number\",\"text\":42}");
            assertError(chat.next("error"), "invalid_input", "text");
            chat.send("{\"type\":\"message\",\"id\":\"extra\",\"text\":\"hi\",\"priority\":1}");
            assertError(chat.next("error"), "invalid_input", "priority");
            chat.send("{\"type\":\"message\",\"id\":\"long\",\"text\":\"" + "x".repeat(5001) + "\"}");
            assertError(chat.next("error"), "invalid_input", "text");
            chat.send("{\"type\":\"message\",\"id\":\"huge\",\"text\":\"" + "y".repeat(20_000) + "\"}");
            JsonObject tooLarge = chat.next("error");
            assertError(tooLarge, "too_large", "frame");
            assertTrue(tooLarge.getString("message").contains("16384"), tooLarge.toString());
            chat.send("{\"type\":\"profile\",\"name\":\"Eve\",\"email\":\"not an address\"}");
            assertError(chat.next("error"), "invalid_input", "email");
            chat.send("{\"type\":\"hello\"}");
            assertError(chat.next("error"), "invalid_input", "type");

            chat.say("ok", "Only this one is real");
            long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
            timeline.entryWithText(customer, "Only this one is real");
            assertEquals(1, timeline.entriesOf(customer).size(), "none of the refused frames left anything");
            assertEquals(1, alice.get("/api/v1/customers/" + customer).object().getJsonArray("identities").size(),
                    "the refused pre-chat form linked nothing");
        }
    }

    @Test
    void anAgentsReplyArrivesLiveAndIsDelivered() {
        try (ChatClient chat = ChatClient.connect(base)) {
            String visitorId = chat.hello(null).getString("visitorId");
            chat.say("q1", "Can I change my delivery address?");
            Visit visit = visitOf(visitorId, "Can I change my delivery address?");

            long entryId = reply(visit.conversation, "Yes: tell me the new address & I'll update it <b>now</b>");

            JsonObject message = chat.next("message");
            assertEquals("agent", message.getString("from"));
            assertEquals("alice", message.getString("author"));
            assertEquals("Yes: tell me the new address & I'll update it <b>now</b>", message.getString("text"));
            assertEquals("reply-" + entryId, message.getString("id"));
            JsonObject entry = replyEntry(visit.customer, entryId, "DELIVERED");
            assertEquals("OUTBOUND", entry.getString("direction"));
            assertEquals(visitorId + "/out/" + entryId, entry.getString("externalId"));
        }
    }

    @Test
    void theAgentsTypingIsShownToTheVisitorAndTheVisitorsIsPublished() throws JMSException {
        try (ChatClient chat = ChatClient.connect(base); JMSContext jms = Jms.context()) {
            JMSConsumer typingEvents = Jms.subscribe(jms, "chat.typing");
            String visitorId = chat.hello(null).getString("visitorId");
            chat.say("t1", "Hello, is anyone there?");
            Visit visit = visitOf(visitorId, "Hello, is anyone there?");

            Api.Reply typing = alice.post("/api/v1/conversations/" + visit.conversation + "/typing", null);
            assertEquals(202, typing.status(), typing.body());
            assertEquals(1, typing.object().getInt("socketsReached"));
            assertEquals("alice", chat.next("typing").getString("author"));

            chat.send("{\"type\":\"typing\"}");
            Message event = typingEvents.receive(30_000);
            assertNotNull(event, "a chat.typing event");
            JsonObject data = Json.createReader(new StringReader(event.getBody(String.class))).readObject().getJsonObject("data");
            assertEquals(visitorId, data.getString("visitorId"));
            assertEquals(visit.customer, data.getJsonNumber("customerId").longValue());
            assertEquals(visit.conversation, data.getJsonNumber("conversationId").longValue());

            assertEquals(404, alice.post("/api/v1/conversations/999999999/typing", null).status());
            assertEquals(403, Api.as(base, "erp").post("/api/v1/conversations/" + visit.conversation + "/typing", null).status());
        }
    }

    @Test
    void aReplyWhileTheVisitorIsAwayIsSentAndInTheirHistoryWhenTheyComeBack() {
        String token;
        String visitorId;
        try (ChatClient chat = ChatClient.connect(base)) {
            JsonObject welcome = chat.hello(null);
            token = welcome.getString("token");
            visitorId = welcome.getString("visitorId");
            chat.say("a1", "I have to go, answer me later please");
        }
        Visit visit = visitOf(visitorId, "I have to go, answer me later please");
        Eventually.get("the visitor's socket gone", Duration.ofSeconds(30), () ->
                alice.post("/api/v1/conversations/" + visit.conversation + "/typing", null).object()
                        .getInt("socketsReached") == 0 ? Optional.of(true) : Optional.empty());

        long entryId = reply(visit.conversation, "Your refund was approved");
        replyEntry(visit.customer, entryId, "SENT");

        try (ChatClient back = ChatClient.connect(base)) {
            JsonObject welcome = back.hello(token);
            assertEquals(visitorId, welcome.getString("visitorId"));
            assertEquals(token, welcome.getString("token"));
            List<JsonObject> history = welcome.getJsonArray("history").getValuesAs(JsonObject.class);
            assertEquals(List.of("I have to go, answer me later please", "Your refund was approved"), texts(history));
            assertEquals("visitor", history.get(0).getString("from"));
            assertEquals("a1", history.get(0).getString("id"));
            assertEquals("agent", history.get(1).getString("from"));
            assertEquals("alice", history.get(1).getString("author"));
            assertEquals("reply-" + entryId, history.get(1).getString("id"));
        }
    }

    @Test
    void aSecondVisitorNeverSeesTheFirstOnesHistory() {
        String first;
        try (ChatClient chat = ChatClient.connect(base)) {
            JsonObject welcome = chat.hello(null);
            first = welcome.getString("token");
            chat.say("s1", "My account number is 4411");
        }
        try (ChatClient other = ChatClient.connect(base)) {
            JsonObject welcome = other.hello(null);
            assertNotEquals(first, welcome.getString("token"));
            assertEquals(0, welcome.getJsonArray("history").size());
        }
        String unknownToken = "A".repeat(43);
        try (ChatClient guesser = ChatClient.connect(base)) {
            JsonObject welcome = guesser.hello(unknownToken);
            assertNotEquals(unknownToken, welcome.getString("token"), "an unknown token gets a new visitor");
            assertEquals(0, welcome.getJsonArray("history").size());
        }
    }

    @Test
    void aVisitorTypingSomeoneElsesEmailGetsOnlyTheirOwnChatBack() {
        String email = "helen." + Messages.unique() + "@example.com";
        long customer = customerWritingEmail(email, "My invoice 7781 was charged twice");
        String ownerToken;
        try (ChatClient owner = ChatClient.connect(base)) {
            ownerToken = owner.hello(null).getString("token");
            owner.introduce("Helen", email);
            owner.say("h1", "About my card ending 4242");
            timeline.entryWithText(customer, "About my card ending 4242");
        }

        String impostorToken;
        String impostorId;
        try (ChatClient impostor = ChatClient.connect(base)) {
            JsonObject welcome = impostor.hello(null);
            impostorToken = welcome.getString("token");
            impostorId = welcome.getString("visitorId");
            impostor.introduce("Not Helen", email);
            impostor.say("x1", "Remind me what my last messages were?");
            JsonObject entry = timeline.entryWithText(customer, "Remind me what my last messages were?");
            long entryId = reply(entry.getJsonNumber("conversationId").longValue(), "Happy to help: what is your order number?");
            assertEquals("Happy to help: what is your order number?", impostor.next("message").getString("text"),
                    "the reply goes to the visitor who wrote last in the conversation");
            replyEntry(customer, entryId, "DELIVERED");
        }
        assertEquals(customer, timeline.customerWith(impostorId).getJsonNumber("id").longValue(),
                "the chat is on that customer's timeline for the agents");

        try (ChatClient impostorBack = ChatClient.connect(base)) {
            List<String> seen = texts(impostorBack.hello(impostorToken).getJsonArray("history").getValuesAs(JsonObject.class));
            assertEquals(List.of("Remind me what my last messages were?", "Happy to help: what is your order number?"), seen,
                    "neither the email nor the other visitor's chat");
        }
        try (ChatClient ownerBack = ChatClient.connect(base)) {
            List<String> seen = texts(ownerBack.hello(ownerToken).getJsonArray("history").getValuesAs(JsonObject.class));
            assertEquals(List.of("About my card ending 4242"), seen, "not the impostor's chat nor the reply to it");
        }
    }

    @Test
    void pagesOfOtherOriginsMayNotOpenTheChat() {
        assertEquals(403, ChatClient.refusal(base, "https://evil.example"));
        String ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        for (String allowed : List.of("https://shop.example.com", ownOrigin)) {
            try (ChatClient chat = ChatClient.connect(base, allowed)) {
                assertFalse(chat.hello(null).getString("visitorId").isEmpty(), allowed);
            }
        }
    }

    @Test
    void aFloodOfFramesIsCutOffWithAnErrorFrame() {
        try (ChatClient chat = ChatClient.connect(base)) {
            for (int i = 0; i < 130; i++) {
                chat.send("{\"type\":\"ping\"}");
            }
            JsonObject limited = chat.next("error");
            assertEquals("rate_limited", limited.getString("code"));
            assertTrue(limited.getString("message").contains("crm.channels.chat.max-frames-per-minute"), limited.toString());
        }
    }

    private record Visit(long customer, long conversation) {
    }

    private Visit visitOf(String visitorId, String text) {
        long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
        JsonObject entry = timeline.entryWithText(customer, text);
        return new Visit(customer, entry.getJsonNumber("conversationId").longValue());
    }

    private long customerWritingEmail(String email, String text) {
        Api.Reply sent = Api.as(base, "erp").post("/api/v1/messages",
                Messages.canonical("EMAIL", "<" + Messages.unique() + "@mail.example.com>", email, null, text, null));
        assertEquals(202, sent.status(), sent.body());
        long customer = timeline.customerWith(email).getJsonNumber("id").longValue();
        timeline.entryWithText(customer, text);
        return customer;
    }

    private long reply(long conversation, String text) {
        Api.Reply reply = alice.post("/api/v1/conversations/" + conversation + "/replies",
                Json.createObjectBuilder().add("channel", "CHAT").add("text", text).build().toString());
        assertEquals(202, reply.status(), reply.body());
        return reply.object().getJsonNumber("entryId").longValue();
    }

    private JsonObject replyEntry(long customer, long entryId, String status) {
        return Eventually.get("reply " + entryId + " " + status, Duration.ofSeconds(30), () ->
                timeline.entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                        .filter(e -> status.equals(e.getString("deliveryStatus", null))).findFirst());
    }

    private static void assertError(JsonObject error, String code, String field) {
        assertEquals(code, error.getString("code"), error.toString());
        assertEquals(field, error.getString("field", null), error.toString());
        assertTrue(error.getString("message").startsWith(field), error.toString());
    }

    private static List<String> texts(List<JsonObject> history) {
        List<String> texts = new ArrayList<>();
        history.forEach(line -> texts.add(line.getString("text")));
        return texts;
    }
}
