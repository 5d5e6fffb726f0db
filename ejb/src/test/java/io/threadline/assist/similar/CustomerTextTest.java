package io.threadline.assist.similar;

import io.threadline.conversation.DeliveryStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerTextTest {

    private final Messages m = new Messages();

    @Test
    void theQuestionIsTheSubjectAndTheCustomersMessagesInOrderWithoutAgentsOrMachines() {
        List<ConversationMessage> messages = List.of(m.customer("My parcel never arrived."),
                m.reply("alice", "Which order?", DeliveryStatus.SENT), m.outOfOffice("I am away until Monday."),
                m.customer("  Order 4411.  "), m.customer(" "));
        assertEquals("Parcel missing\nMy parcel never arrived.\nOrder 4411.",
                CustomerText.question("Parcel missing", messages, CustomerText.QUESTION_LENGTH));
        assertEquals("My parcel never arrived.\nOrder 4411.", CustomerText.question(null, messages, 100));
    }

    @Test
    void aLongQuestionIsCutAfterTheLastWholeWordThatFits() {
        String question = CustomerText.question(null, List.of(m.customer("one two three four five"),
                m.customer("six seven")), 16);
        assertEquals("one two three", question);
        assertEquals("abcdefgh", CustomerText.cut("abcdefghijkl", 8), "a word longer than the bound is cut inside");
    }

    @Test
    void theLatestMessagesAreThoseThatFitCountedFromTheNewestAndKeptInTheOrderWritten() {
        List<ConversationMessage> messages = List.of(m.customer("First, an old question about invoices."),
                m.reply("bob", "Done.", DeliveryStatus.SENT), m.customer("The zipper broke."),
                m.customer("Can I get a new jacket?"), m.reply("bob", "Let me see.", DeliveryStatus.SENT));
        assertEquals("The zipper broke.\nCan I get a new jacket?", CustomerText.latest(messages, 45));
        assertEquals("First, an old question about invoices.\nThe zipper broke.\nCan I get a new jacket?",
                CustomerText.latest(messages, 1000));
        assertEquals("Can I get a", CustomerText.latest(messages, 12), "the newest alone, cut, when it is longer than the bound");
        assertEquals(Optional.of("Can I get a new jacket?"), CustomerText.latestMessage(messages));
        assertEquals("", CustomerText.latest(List.of(m.reply("bob", "Hi", DeliveryStatus.SENT)), 100));
    }

    @Test
    void anExcerptIsOneLineWithAnEllipsisWhenCut() {
        assertEquals("Where is my parcel? It was due on Monday.",
                CustomerText.excerpt("Where is my parcel?\n\n  It was due on Monday.", 100));
        String excerpt = CustomerText.excerpt("Where is my parcel? It was due on Monday.", 20);
        assertEquals("Where is my parcel?…", excerpt);
        assertTrue(excerpt.length() <= 20, excerpt);
    }
}
