package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stale-reply guard through the API: a reply carrying {@code seenUpTo} is refused with 409 when the customer wrote
 * again or another agent replied (or scheduled a reply that still stands) after that entry, and goes once the newest
 * entry was seen. The replies that go are delivered to a stand-in for Twilio, so that none is still on its way when
 * the next test scripts the provider.
 */
class StaleReplyIT extends ContainerTest {

    @Test
    void aReplyThatMissedNewEntriesIsRefusedNamingThemAndOneThatSawThemGoes() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Api bob = Api.as(base, "bob");
            Replies replies = new Replies(base, alice);
            String phone = Messages.uniquePhone();
            Replies.Conversation c = replies.startedOn("SMS", phone, null);
            String again = "Hello? " + Messages.unique();
            Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), phone, null, again, null));
            long newest = new Timeline(alice).entryWithText(c.customer(), again).getJsonNumber("id").longValue();
            String path = "/api/v1/conversations/" + c.id() + "/replies";

            Api.Reply stale = alice.post(path, reply("On it", c.firstEntry()));
            assertEquals(409, stale.status(), stale.body());
            assertEquals("conflict", stale.object().getString("error"));
            assertEquals("Customer " + c.customer() + " wrote again while you were typing — read it first (1 new entry)",
                    stale.object().getString("message"));

            Api.Reply fresh = alice.post(path, reply("On it", newest));
            assertEquals(202, fresh.status(), fresh.body());

            Api.Reply bobs = bob.post(path, reply("I'll take this one", newest));
            assertEquals(409, bobs.status(), bobs.body());
            assertEquals("alice replied while you were typing — read it first (1 new entry)", bobs.object().getString("message"));
            Api.Reply alicesSecond = alice.post(path, reply("Checking with the carrier now", newest));
            assertEquals(202, alicesSecond.status(), "an agent's own replies do not hold her: " + alicesSecond.body());
            Api.Reply unguarded = bob.post(path, "{\"channel\": \"SMS\", \"text\": \"Without the guard\"}");
            assertEquals(202, unguarded.status(), "seenUpTo is optional: " + unguarded.body());

            for (Api.Reply sent : List.of(fresh, alicesSecond, unguarded)) {
                replies.entryWhen(c.customer(), sent.object().getJsonNumber("entryId").longValue(), "SENT");
            }
        }
    }

    @Test
    void aTeammatesScheduledReplyHoldsTheReplyUntilItIsCancelled() {
        try (FakeProvider twilio = FakeProvider.twilio()) {
            Api alice = Api.as(base, "alice");
            Replies replies = new Replies(base, alice);
            Replies.Conversation c = replies.startedOn("SMS", Messages.uniquePhone(), null);
            String path = "/api/v1/conversations/" + c.id() + "/replies";
            String later = Instant.now().plus(Duration.ofDays(1)).toString();
            Api.Reply scheduled = Api.as(base, "bob").post(path,
                    "{\"channel\": \"SMS\", \"text\": \"Tomorrow then\", \"sendAt\": \"" + later + "\"}");
            assertEquals(202, scheduled.status(), scheduled.body());

            Api.Reply held = alice.post(path, reply("Today", c.firstEntry()));
            assertEquals(409, held.status(), held.body());
            assertEquals("bob scheduled a reply while you were typing — read it first (1 new entry)",
                    held.object().getString("message"));

            long entry = scheduled.object().getJsonNumber("entryId").longValue();
            assertEquals(200, Api.as(base, "bob").post(path + "/" + entry + "/cancel", "{}").status());
            Api.Reply goes = alice.post(path, reply("Today", c.firstEntry()));
            assertEquals(202, goes.status(), "a cancelled reply holds nobody: " + goes.body());
            replies.entryWhen(c.customer(), goes.object().getJsonNumber("entryId").longValue(), "SENT");
        }
    }

    @Test
    void seenUpToMustNameAnEntryOfThisCustomersTimeline() {
        Api alice = Api.as(base, "alice");
        Replies replies = new Replies(base, alice);
        Replies.Conversation mine = replies.startedOn("SMS", Messages.uniquePhone(), null);
        Replies.Conversation someoneElses = replies.startedOn("SMS", Messages.uniquePhone(), null);
        String path = "/api/v1/conversations/" + mine.id() + "/replies";

        JsonObject foreign = alice.post(path, reply("Hi", someoneElses.firstEntry())).object();
        assertEquals("seenUpTo", foreign.getString("field"));
        assertTrue(foreign.getString("message").startsWith("seenUpTo: entry " + someoneElses.firstEntry() + " is not on the timeline of"),
                foreign.toString());
        Api.Reply notANumber = alice.post(path, "{\"channel\": \"SMS\", \"text\": \"Hi\", \"seenUpTo\": \"yesterday\"}");
        assertEquals(400, notANumber.status(), notANumber.body());
        assertEquals("seenUpTo", notANumber.object().getString("field"));
        assertTrue(new Timeline(alice).entriesOf(mine.customer()).stream().noneMatch(e -> "OUTBOUND".equals(e.getString("direction"))),
                "nothing was queued");
    }

    private static String reply(String text, long seenUpTo) {
        return "{\"channel\": \"SMS\", \"text\": \"" + text + "\", \"seenUpTo\": " + seenUpTo + "}";
    }
}
