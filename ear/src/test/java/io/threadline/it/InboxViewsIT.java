package io.threadline.it;

import io.threadline.workspace.Inbox;
import io.threadline.workspace.InboxRow;
import io.threadline.workspace.InboxView;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Breaching SLA" view lists the conversations whose first-response or resolution due time has passed or comes
 * within the warning time ({@code crm.inbox.breach-warning}, 30 minutes), most urgent first. The SLA engine that
 * sets the due times is not built yet, so the test sets them in the database as that engine will.
 */
class InboxViewsIT extends ContainerTest {

    @Test
    void breachingSlaListsOverdueAndSoonDueConversationsOnly() throws Exception {
        Replies replies = new Replies(base, Api.as(base, "alice"));
        long overdue = replies.startedOn("SMS", Messages.uniquePhone(), null).id();
        long dueSoon = replies.startedOn("SMS", Messages.uniquePhone(), null).id();
        long dueLater = replies.startedOn("SMS", Messages.uniquePhone(), null).id();
        long noSla = replies.startedOn("SMS", Messages.uniquePhone(), null).id();
        Instant now = Instant.now();
        setDue(overdue, "SLA_DUE_AT", now.minus(Duration.ofMinutes(5)));
        setDue(dueSoon, "SLA_DUE_AT", now.plus(Duration.ofMinutes(10)));
        setDue(dueLater, "SLA_DUE_AT", now.plus(Duration.ofHours(3)));

        Inbox inbox = (Inbox) Jms.lookup("java:app/threadline-ejb/Inbox!io.threadline.workspace.Inbox");
        List<Long> breaching = inbox.rows(InboxView.BREACHING_SLA, "alice").stream().map(InboxRow::conversationId).toList();

        assertTrue(breaching.contains(overdue), "an overdue first response: " + breaching);
        assertTrue(breaching.contains(dueSoon), "a resolution due in 10 minutes: " + breaching);
        assertFalse(breaching.contains(dueLater), "due in 3 hours is not breaching yet");
        assertFalse(breaching.contains(noSla), "no SLA, no breach");
        assertTrue(breaching.indexOf(overdue) < breaching.indexOf(dueSoon), "the overdue one first: " + breaching);
        assertEquals(breaching.size(), inbox.counts("alice").get(InboxView.BREACHING_SLA).intValue(), "the view's count");
    }

    private static void setDue(long conversation, String column, Instant due) throws Exception {
        DataSource db = (DataSource) Jms.lookup("jdbc/threadline");
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE CONVERSATION SET " + column + " = ? WHERE ID = ?")) {
            update.setTimestamp(1, Timestamp.from(due));
            update.setLong(2, conversation);
            assertEquals(1, update.executeUpdate());
        }
    }
}
