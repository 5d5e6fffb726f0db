package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies that nothing would show otherwise: one that waits too long to go out (crm.replies.stuck-after is 3 s on the
 * test server), which the admin sends again and the customer gets once; and a message of the replies' queue that
 * kept failing, on the admin's dead letters.
 */
class StuckRepliesIT extends ContainerTest {

    @Test
    void aReplyWaitingTooLongIsSentAgainByTheAdminAndTheCustomerGetsItOnce() throws Exception {
        Api alice = Api.as(base, "alice");
        Api ada = Api.as(base, "ada");
        Replies replies = new Replies(base, alice);
        Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String text = "Your refund is on its way " + Messages.unique();
        try (FakeProvider twilio = FakeProvider.twilio()) {
            long entryId;
            try (PausedConsumer paused = PausedConsumer.outbound()) {
                entryId = replies.reply(c.id(), "SMS", text).getJsonNumber("entryId").longValue();
                JsonObject stuck = Eventually.get("the reply among those waiting too long", Duration.ofSeconds(30), () ->
                        ada.get("/api/v1/admin/stuck-replies").array().getValuesAs(JsonObject.class).stream()
                                .filter(r -> r.getJsonNumber("entryId").longValue() == entryId).findFirst());
                assertEquals(text, stuck.getString("text"));
                assertEquals("SMS", stuck.getString("channel"));
                assertEquals("alice", stuck.getString("author"));
                assertEquals(c.customer(), stuck.getJsonNumber("customerId").longValue());
                assertEquals(403, alice.get("/api/v1/admin/stuck-replies").status(), "agents do not see the admin's list");

                assertEquals(202, ada.post("/api/v1/admin/stuck-replies/" + entryId + "/send", "").status(),
                        "queued a second time while the first message still waits");
            }
            replies.entryWhen(c.customer(), entryId, "SENT");
            Thread.sleep(2000);
            assertEquals(1, twilio.requests().stream().filter(r -> text.equals(r.form().get("Body"))).count(),
                    "queued twice, sent once");
            Api.Reply again = ada.post("/api/v1/admin/stuck-replies/" + entryId + "/send", "");
            assertEquals(409, again.status(), again.body());
            assertTrue(again.object().getString("message").contains("SENT"), again.body());
            assertTrue(ada.get("/api/v1/admin/stuck-replies").array().getValuesAs(JsonObject.class).stream()
                    .noneMatch(r -> r.getJsonNumber("entryId").longValue() == entryId), "not waiting any more");
        }
    }

    @Test
    void aMessageOfTheRepliesQueueThatKeptFailingIsOnTheAdminsDeadLetters() {
        String body = "not a reply " + Messages.unique();
        Jms.sendToOutbound(body);
        JsonObject letter = Eventually.get("the message on the outbound exception destination", Duration.ofSeconds(60),
                () -> Api.as(base, "ada").get("/api/v1/admin/dead-letters?queue=outbound&max=1000").array()
                        .getValuesAs(JsonObject.class).stream().filter(l -> body.equals(l.getString("body", null))).findFirst());
        assertTrue(!letter.getString("reason", "").isBlank(), "with the reason it failed: " + letter);
        assertEquals(400, Api.as(base, "ada").get("/api/v1/admin/dead-letters?queue=replies").status(),
                "an unknown queue is named");
    }
}
