package io.threadline.assist.similar;

import io.threadline.conversation.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResolvedConversationTest {

    private final Messages m = new Messages();

    @Test
    void theDocumentHoldsTheCustomersTextAndTheResolvingReply() {
        List<ConversationMessage> messages = List.of(m.customer("The zipper of my Alpine jacket broke."),
                m.reply("alice", "Send it to us; we repair it for free.", DeliveryStatus.SENT));
        Instant resolvedAt = m.next();
        ResolvedConversation c = ResolvedConversation.of(new ConversationHead(151, 42, "en", "Broken zipper",
                resolvedAt), messages).orElseThrow();
        assertEquals(new ResolvedConversation(151, 42, "en", resolvedAt,
                "Broken zipper\nThe zipper of my Alpine jacket broke.",
                new ResolvingReply(2, "alice", "Send it to us; we repair it for free.", Messages.START.plusSeconds(120))), c);
    }

    @Test
    void nothingToSuggestFromAConversationWithoutTheCustomersWordsOrAPersonsReply() {
        ConversationHead head = new ConversationHead(151, 42, null, null, Messages.START.plusSeconds(3600));
        assertEquals(Optional.empty(), ResolvedConversation.of(head, List.of(m.reply("alice", "Your order shipped.",
                DeliveryStatus.SENT))), "no customer message");
        assertEquals(Optional.empty(), ResolvedConversation.of(head, List.of(m.customer("Thanks!"))), "no reply");
        assertEquals(Optional.empty(), ResolvedConversation.of(new ConversationHead(151, 42, null, null, null),
                List.of(m.customer("Hi"), m.reply("alice", "Hello", DeliveryStatus.SENT))), "never resolved");
    }
}
