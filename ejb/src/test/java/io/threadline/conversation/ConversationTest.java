package io.threadline.conversation;

import io.threadline.identity.Customer;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private final Conversation conversation = new Conversation(new Customer("Sarah Lee", OPENED), Channel.INSTAGRAM,
            null, OPENED, Conversation.NORMAL_PRIORITY);

    @Test
    void aMessageWithinTheReopenWindowJoinsTheConversationOnAnyChannel() {
        assertTrue(conversation.takesActivityAt(OPENED.plus(Duration.ofDays(6)), WEEK));
        assertTrue(conversation.takesActivityAt(OPENED.plus(WEEK), WEEK), "the window's last instant still counts");
    }

    @Test
    void aMessageAfterTheWindowOpensANewConversation() {
        assertFalse(conversation.takesActivityAt(OPENED.plus(WEEK).plusSeconds(1), WEEK));
    }

    @Test
    void theWindowRunsFromTheLatestActivity() {
        conversation.recordActivity(OPENED.plus(Duration.ofDays(5)));
        assertTrue(conversation.takesActivityAt(OPENED.plus(Duration.ofDays(11)), WEEK));
        conversation.recordActivity(OPENED.plus(Duration.ofDays(2)));
        assertEquals(OPENED.plus(Duration.ofDays(5)), conversation.getLastActivityAt(), "a late-arriving older message does not move it back");
    }

    @Test
    void theFirstSubjectStays() {
        conversation.learnSubject("Wrong size");
        conversation.learnSubject("Re: Wrong size");
        assertEquals("Wrong size", conversation.getSubject());
    }

    @Test
    void aCustomerWritingEndsASnooze() {
        conversation.snoozeUntil(OPENED.plus(Duration.ofDays(2)));
        conversation.recordActivity(OPENED.plusSeconds(60));
        assertEquals(ConversationStatus.OPEN, conversation.getStatus());
        assertNull(conversation.getSnoozedUntil());
    }

    @Test
    void escalationLeavesTheConversationUnassignedInTheTeamsQueue() {
        conversation.assignTo("alice");
        conversation.moveToQueue("billing");
        assertEquals("billing", conversation.getQueue());
        assertNull(conversation.getAssignee());
    }

    @Test
    void priorityFollowsTheCustomersTier() {
        conversation.followTier(CustomerTier.VIP);
        assertEquals(Conversation.VIP_PRIORITY, conversation.getPriority());
        conversation.followTier(CustomerTier.STANDARD);
        assertEquals(Conversation.NORMAL_PRIORITY, conversation.getPriority());
    }

    @Test
    void aMergedConversationGivesItsTagsUrgencyAndAgentAndIsClosed() {
        Conversation source = new Conversation(new Customer("Sarah Lee", OPENED), Channel.EMAIL, "Order 4411 late",
                OPENED.plus(Duration.ofDays(1)), Conversation.VIP_PRIORITY);
        source.tag("refund");
        source.assignTo("bob");
        conversation.tag("late");
        conversation.changeStatus(ConversationStatus.RESOLVED, OPENED.plus(Duration.ofDays(2)));

        conversation.absorb(source);

        assertEquals(Set.of("late", "refund"), conversation.getTags());
        assertEquals(Conversation.VIP_PRIORITY, conversation.getPriority());
        assertEquals("bob", conversation.getAssignee(), "the target had no one: the source's agent keeps it");
        assertEquals("Order 4411 late", conversation.getSubject());
        assertEquals(ConversationStatus.OPEN, conversation.getStatus(), "the work goes on in the target");
        assertEquals(OPENED.plus(Duration.ofDays(1)), conversation.getLastActivityAt());
        assertEquals(ConversationStatus.RESOLVED, source.getStatus());
        assertNull(source.getAssignee());
    }

    @Test
    void theTargetsAgentStaysWhenItHasOne() {
        Conversation source = new Conversation(new Customer("Sarah Lee", OPENED), Channel.EMAIL, null, OPENED,
                Conversation.NORMAL_PRIORITY);
        source.assignTo("bob");
        conversation.assignTo("alice");
        conversation.absorb(source);
        assertEquals("alice", conversation.getAssignee());
    }
}
