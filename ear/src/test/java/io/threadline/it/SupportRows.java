package io.threadline.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Customers, identities, conversations (with their CSAT surveys) and timeline entries written straight into their
 * tables with JDBC batches, for data of an age or a size the pipeline cannot produce; a message's text is "analytics"
 * unless given. Rows are sent every
 * {@code batchSize} rows, all tables at once in the order of their foreign keys, so a row must be added after the rows it
 * refers to; the caller owns the connection and its transactions. A message on channel PHONE is a call. Search keys are written too, so that the server's backfill
 * of rows without them never picks these up.
 */
public final class SupportRows implements AutoCloseable {

    public record Message(long conversation, long customer, String channel, boolean inbound, Instant at, Integer urgency) {
    }

    public record Conversation(long id, long customer, String startedOn, String queue, String agent, Instant openedAt,
                               Instant firstResponseAt, Instant resolvedAt, Instant surveySentAt, Integer csatScore,
                               Instant csatAt, String policy, Instant firstResponseDue, Instant resolutionDue) {
    }

    private final PreparedStatement customers;
    private final PreparedStatement identities;
    private final PreparedStatement conversations;
    private final PreparedStatement entries;
    private final PreparedStatement surveys;
    private final int batchSize;
    private int pending;

    public SupportRows(Connection c, int batchSize) throws SQLException {
        this.batchSize = batchSize;
        customers = c.prepareStatement("INSERT INTO CUSTOMER (ID, DISPLAY_NAME, NAME_KEY, TIER, CREATED_AT, VERSION)"
                + " VALUES (?, ?, ?, 'STANDARD', ?, 1)");
        identities = c.prepareStatement("INSERT INTO CUSTOMER_IDENTITY (ID, ID_TYPE, ID_VALUE, CUSTOMER_ID, SOURCE,"
                + " FIRST_SEEN_AT) VALUES (?, ?, ?, ?, 'benchmark', ?)");
        conversations = c.prepareStatement("INSERT INTO CONVERSATION (ID, CUSTOMER_ID, STATUS, PRIORITY,"
                + " QUEUE_NAME, STARTED_ON, CHANNEL, OPENED_AT, LAST_ACTIVITY_AT, ASSIGNEE, FIRST_RESPONSE_AT, RESOLVED_AT,"
                + " CSAT_SCORE, CSAT_AT, SLA_POLICY, SLA_FIRST_RESPONSE_DUE_AT, SLA_FIRST_RESPONSE_STOPPED_AT,"
                + " SLA_RESOLUTION_DUE_AT, SLA_RESOLUTION_STOPPED_AT, VERSION)"
                + " VALUES (?, ?, 'RESOLVED', 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        entries = c.prepareStatement("INSERT INTO TIMELINE_ENTRY (ID, CUSTOMER_ID, CONVERSATION_ID,"
                + " ENTRY_TYPE, CHANNEL, DIRECTION, OCCURRED_AT, RECEIVED_AT, RECORDED_AT, URGENCY, CALL_STATUS, BODY, SEARCH_TEXT,"
                + " AUTHOR) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        surveys = c.prepareStatement("INSERT INTO CSAT_SURVEY (ID, CONVERSATION_ID, CUSTOMER_ID, CHANNEL,"
                + " TOKEN_HASH, SENT_AT, ANSWERED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    public void customer(long id, String name, Instant createdAt) throws SQLException {
        customers.setLong(1, id);
        customers.setString(2, name);
        customers.setString(3, name.toLowerCase(Locale.ROOT));
        customers.setTimestamp(4, Timestamp.from(createdAt));
        add(customers);
    }

    /** {@code type} and {@code value} as the identity service stores them: EMAIL lower-case, PHONE in E.164. */
    public void identity(long id, long customer, String type, String value, Instant firstSeenAt) throws SQLException {
        identities.setLong(1, id);
        identities.setString(2, type);
        identities.setString(3, value);
        identities.setLong(4, customer);
        identities.setTimestamp(5, Timestamp.from(firstSeenAt));
        add(identities);
    }

    /** The conversation, and its survey when one was sent (the survey's id is the conversation's). */
    public void conversation(Conversation v) throws SQLException {
        PreparedStatement s = conversations;
        s.setLong(1, v.id());
        s.setLong(2, v.customer());
        s.setString(3, v.queue());
        s.setString(4, v.startedOn());
        s.setString(5, v.startedOn());
        time(s, 6, v.openedAt());
        time(s, 7, v.openedAt());
        s.setString(8, v.agent());
        time(s, 9, v.firstResponseAt());
        time(s, 10, v.resolvedAt());
        number(s, 11, v.csatScore());
        time(s, 12, v.csatAt());
        s.setString(13, v.policy());
        time(s, 14, v.firstResponseDue());
        time(s, 15, v.policy() == null ? null : v.firstResponseAt());
        time(s, 16, v.resolutionDue());
        time(s, 17, v.policy() == null ? null : v.resolvedAt());
        add(s);
        if (v.surveySentAt() != null) {
            surveys.setLong(1, v.id());
            surveys.setLong(2, v.id());
            surveys.setLong(3, v.customer());
            surveys.setString(4, v.startedOn());
            surveys.setString(5, "analytics-" + v.id());
            time(surveys, 6, v.surveySentAt());
            time(surveys, 7, v.csatAt());
            add(surveys);
        }
    }

    public void entry(long id, Message m) throws SQLException {
        message(id, m, null, "analytics");
    }

    /** A message with its author and text (on channel PHONE a call with its transcript); no delivery status. */
    public void message(long id, Message m, String author, String text) throws SQLException {
        boolean call = m.channel().equals("PHONE");
        entries.setLong(1, id);
        entries.setLong(2, m.customer());
        entries.setLong(3, m.conversation());
        entries.setString(4, call ? "CALL" : "MESSAGE");
        entries.setString(5, m.channel());
        entries.setString(6, m.inbound() ? "INBOUND" : "OUTBOUND");
        time(entries, 7, m.at());
        time(entries, 8, m.at());
        time(entries, 9, m.at());
        number(entries, 10, m.urgency());
        entries.setString(11, call ? "ENDED" : null);
        entries.setString(12, text);
        entries.setString(13, text.substring(0, Math.min(text.length(), 4000)).toLowerCase(Locale.ROOT));
        entries.setString(14, author);
        add(entries);
    }

    /** Sends the pending rows of every table, parents before children. */
    public void flush() throws SQLException {
        for (PreparedStatement s : statements()) {
            s.executeBatch();
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement s : statements()) {
                s.close();
            }
        }
    }

    private List<PreparedStatement> statements() {
        return List.of(customers, identities, conversations, entries, surveys);
    }

    private void add(PreparedStatement s) throws SQLException {
        s.addBatch();
        if (++pending >= batchSize) {
            flush();
        }
    }

    private static void number(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void time(PreparedStatement s, int index, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(at));
        }
    }
}
