package io.threadline.assist.similar;

import io.threadline.conversation.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResolvingReplyTest {

    private final Messages m = new Messages();

    @Test
    void theLastReplyAPersonWroteBeforeTheResolveIsTheResolvingOne() {
        List<ConversationMessage> messages = List.of(m.customer("My parcel never arrived"),
                m.reply("alice", "Let me check with the carrier.", DeliveryStatus.SENT),
                m.customer("Any news?"),
                m.reply("alice", "  The carrier found it; it arrives tomorrow.\n", DeliveryStatus.DELIVERED),
                m.reply("satisfaction survey", "How did we do? Reply 1-5.", DeliveryStatus.SENT),
                m.reply("automation", "Thanks, we have closed your request.", DeliveryStatus.SENT));
        ResolvingReply reply = ResolvingReply.in(messages, m.next()).orElseThrow();
        assertEquals("The carrier found it; it arrives tomorrow.", reply.text(), "stripped; machines' messages do not count");
        assertEquals("alice", reply.author());
        assertEquals(4, reply.entryId());
    }

    @Test
    void aReplyTheCustomerDidNotGetResolvesNothing() {
        List<ConversationMessage> messages = List.of(m.customer("Can I change my address?"),
                m.reply("bob", "Yes, I changed it to Elm Street 4.", DeliveryStatus.PENDING),
                m.reply("bob", "Sent twice by mistake", DeliveryStatus.FAILED),
                m.reply("bob", "Checking in tomorrow", DeliveryStatus.SCHEDULED),
                m.reply("bob", "Never mind", DeliveryStatus.CANCELLED));
        assertEquals("Yes, I changed it to Elm Street 4.", ResolvingReply.in(messages, m.next()).orElseThrow().text(),
                "a reply on its way (pending) counts");
    }

    @Test
    void aReplyAfterTheResolveOrWithoutTextDoesNotCount() {
        ConversationMessage question = m.customer("Invoice please");
        ConversationMessage answer = m.reply("alice", "Here is your invoice.", DeliveryStatus.SENT);
        ConversationMessage blank = m.reply("alice", "   ", DeliveryStatus.SENT);
        Instant resolvedAt = m.next();
        ConversationMessage later = m.reply("alice", "One more thing", DeliveryStatus.SENT);
        assertEquals("Here is your invoice.", ResolvingReply.in(List.of(question, answer, blank, later), resolvedAt)
                .orElseThrow().text());
    }

    @Test
    void aReplyWithoutAuthorIsNobodysAndOneWithoutDeliveryStatusCounts() {
        List<ConversationMessage> messages = List.of(m.customer("Where is my refund?"),
                m.reply("carol", "It was paid out on Monday.", null),
                m.reply(null, "Order SO-1 shipped", DeliveryStatus.SENT));
        assertEquals("It was paid out on Monday.", ResolvingReply.in(messages, m.next()).orElseThrow().text());
    }

    @Test
    void noPersonAnsweredNoResolvingReply() {
        assertEquals(Optional.empty(), ResolvingReply.in(List.of(m.customer("Hello?"),
                m.reply("automation", "We are closed today.", DeliveryStatus.SENT)), m.next()));
    }
}
