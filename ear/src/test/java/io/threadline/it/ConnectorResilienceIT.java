package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider that is down: repeated outages open the circuit so that replies fail at once without calling the
 * provider, with a reason an agent understands; once the circuit's delay (2 s on the test server) has passed, sending
 * the reply again goes through. (A provider that answers too late: {@link UnansweredRepliesIT}.)
 */
class ConnectorResilienceIT extends ContainerTest {

    private static final String OUTAGE = "{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 503}";

    private Api alice;
    private Replies replies;

    @BeforeEach
    void clients() {
        alice = Api.as(base, "alice");
        replies = new Replies(base, alice);
    }

    @Test
    void repeatedOutagesOpenTheCircuitAndRepliesFailAtOnceUntilItCloses() throws InterruptedException {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            for (int i = 0; i < 12; i++) {
                twilio.then(503, OUTAGE);
            }
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            JsonObject notTried = null;
            for (int reply = 0; reply < 5 && notTried == null; reply++) {
                int before = twilio.requests().size();
                long entryId = replies.reply(c.id(), "SMS", "Attempt " + reply).getJsonNumber("entryId").longValue();
                JsonObject failed = replies.entryWhen(c.customer(), entryId, "FAILED");
                if (twilio.requests().size() == before) {
                    notTried = failed;
                } else {
                    assertTrue(failed.getString("deliveryDetail").startsWith("Twilio answered 503")
                            || failed.getString("deliveryDetail").contains("circuit breaker open"), failed.toString());
                }
            }
            assertTrue(notTried != null, "after repeated outages a reply fails without calling Twilio");
            assertEquals("Not sent: the provider failed repeatedly, so sending on this channel is paused for a short while "
                    + "(circuit breaker open); send it again later", notTried.getString("deliveryDetail"));

            twilio.answerSuccessfully();
            Thread.sleep(2_500);
            long entryId = notTried.getJsonNumber("id").longValue();
            assertEquals(202, alice.post("/api/v1/conversations/" + c.id() + "/replies/" + entryId + "/retry", "").status());
            replies.entryWhen(c.customer(), entryId, "SENT");
        }
    }
}
