package io.threadline.it;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers of the 1990s written straight into the database, so that retention as of 2000-06-01 finds some of them
 * inactive for two years; nobody else's data is that old. Each run of the test has its own ids (in a range of their
 * own), names, identities and texts, all carrying {@link #run}.
 * <ul>
 * <li>{@link #gone}: last active 1995-03-02, with an email, a phone, an ERP number and its order, a resolved
 * conversation with a subject and a CSAT comment, an email with a stored file, an agent's reply and a note, a reply
 * draft; and {@link #absorbed}, a customer merged into them in 1995 (the merge record has both names).</li>
 * <li>{@link #quiet}: last active 1997-05-01.</li>
 * <li>{@link #recent}: active until 1999-02-01, with a stored file on an entry of 1998-01-10, a draft saved in 1999
 * and one (another agent's) saved on 2000-05-20.</li>
 * <li>{@link #waiting}: last active 1995, but their conversation was never resolved.</li>
 * </ul>
 */
final class RetentionDataSet {

    static final String AS_OF = "2000-06-01";
    /** The day gone's messages came: its facts must survive anonymization. */
    static final String GONE_DAY = "1995-03-02";

    final String run;
    final long gone;
    final long absorbed;
    final long quiet;
    final long recent;
    final long waiting;
    final long goneFile;
    final long recentFile;
    final long goneDraft;
    final long staleDraft;
    final long freshDraft;
    final long oldAudit;
    final long keptAudit;
    final long merge;
    final String goneEmail;
    final String gonePhone;
    final String goneErpNumber;
    final String goneOrder;
    final String quietEmail;
    final String recentEmail;
    final String waitingEmail;
    private final long base;

    RetentionDataSet(String run) {
        this.run = run;
        base = 9_100_000_000_000L + Math.floorMod(run.hashCode(), 1_000_000L) * 100;
        gone = base + 1;
        absorbed = base + 2;
        quiet = base + 3;
        recent = base + 4;
        waiting = base + 5;
        goneFile = base + 31;
        recentFile = base + 32;
        goneDraft = base + 51;
        staleDraft = base + 52;
        freshDraft = base + 53;
        merge = base + 61;
        oldAudit = base + 91;
        keptAudit = base + 92;
        goneEmail = "ret-gone-" + run + "@example.com";
        gonePhone = "+1999" + Math.floorMod(run.hashCode(), 10_000_000L);
        goneErpNumber = "RET-" + run;
        goneOrder = "SO-" + (base + 41);
        quietEmail = "ret-quiet-" + run + "@example.com";
        recentEmail = "ret-recent-" + run + "@example.com";
        waitingEmail = "ret-waiting-" + run + "@example.com";
    }

    /**
     * {@code count} more customers, each with an email and a message of 1996, ids of their own: enough that a run with
     * chunks of one can be stopped half-way.
     */
    List<Long> insertCrowd(int count) throws Exception {
        long first = 9_200_000_000_000L + Math.floorMod(run.hashCode(), 1_000_000L) * 1000;
        List<Long> crowd = new ArrayList<>();
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        try (Connection c = db.getConnection()) {
            for (long id = first; id < first + count; id++) {
                customer(c, id, "Ret Crowd " + id + " " + run, "1995-01-01", null);
                identity(c, id, "EMAIL", "ret-crowd-" + id + "-" + run + "@example.com", id);
                entry(c, id, id, null, "MESSAGE", "EMAIL", "INBOUND", "1996-01-01T10:00:00Z", "Ret Crowd " + run, null,
                        "Crowd " + run);
                crowd.add(id);
            }
        }
        return crowd;
    }

    /** Whether an id is one of this data set's (customers, files, drafts). */
    boolean owns(long id) {
        return id > base && id < base + 100;
    }

    void insert() throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        try (Connection c = db.getConnection()) {
            customer(c, gone, "Ret Gone " + run, "1994-01-01", null);
            customer(c, absorbed, "Ret Absorbed " + run, "1994-02-01", gone);
            customer(c, quiet, "Ret Quiet " + run, "1996-01-01", null);
            customer(c, recent, "Ret Recent " + run, "1994-01-01", null);
            customer(c, waiting, "Ret Waiting " + run, "1994-01-01", null);
            identity(c, base + 71, "EMAIL", goneEmail, gone);
            identity(c, base + 72, "PHONE", gonePhone, gone);
            identity(c, base + 73, "ERP", goneErpNumber, gone);
            identity(c, base + 74, "EMAIL", quietEmail, quiet);
            identity(c, base + 75, "EMAIL", recentEmail, recent);
            identity(c, base + 76, "EMAIL", waitingEmail, waiting);

            conversation(c, base + 11, gone, "RESOLVED", "Passport of Gone " + run, "1995-03-02T09:00:00Z", "1995-03-02T12:00:00Z");
            execute(c, "UPDATE CONVERSATION SET CSAT_SCORE = 4, CSAT_COMMENT = ?, CSAT_AT = ? WHERE ID = ?",
                    "Thanks from Gone " + run, time("1995-03-03T09:00:00Z"), base + 11);
            conversation(c, base + 13, quiet, "RESOLVED", "Quiet question " + run, "1997-05-01T09:00:00Z", "1997-05-01T10:00:00Z");
            conversation(c, base + 14, recent, "RESOLVED", "Recent question " + run, "1998-01-10T09:00:00Z", "1999-02-01T10:00:00Z");
            conversation(c, base + 15, waiting, "OPEN", "Waiting question " + run, "1995-04-01T09:00:00Z", "1995-04-01T09:00:00Z");

            entry(c, base + 81, gone, base + 11, "MESSAGE", "EMAIL", "INBOUND", "1995-03-02T09:00:00Z", "Ret Gone " + run,
                    "Passport of Gone " + run, "My passport number is P-" + run);
            execute(c, "UPDATE TIMELINE_ENTRY SET ORIGINAL_TEXT = ?, ORIGINAL_HTML = ? WHERE ID = ?",
                    "My passport number is P-" + run + "\n-- \nGone, 1 Main St", "<p>My passport number is P-" + run + "</p>", base + 81);
            entry(c, base + 82, gone, base + 11, "MESSAGE", "EMAIL", "OUTBOUND", "1995-03-02T10:00:00Z", "alice",
                    null, "Thanks, Gone " + run + ", we got it");
            entry(c, base + 83, gone, base + 11, "NOTE", null, "INTERNAL", "1995-03-02T11:00:00Z", "bob", null,
                    "Gone " + run + " lives at 1 Main St");
            entry(c, base + 84, absorbed, null, "SYSTEM", null, "INTERNAL", "1995-01-01T10:00:00Z", "alice", null,
                    "Merged into Ret Gone " + run + " (customer " + gone + ").");
            entry(c, base + 85, quiet, base + 13, "MESSAGE", "SMS", "INBOUND", "1997-05-01T09:00:00Z", "Ret Quiet " + run,
                    null, "Quiet asks " + run);
            entry(c, base + 86, recent, base + 14, "MESSAGE", "EMAIL", "INBOUND", "1998-01-10T09:00:00Z", "Ret Recent " + run,
                    "Recent question " + run, "Recent sends a file " + run);
            entry(c, base + 87, recent, base + 14, "MESSAGE", "EMAIL", "INBOUND", "1999-02-01T10:00:00Z", "Ret Recent " + run,
                    null, "Recent is still here " + run);
            entry(c, base + 88, waiting, base + 15, "MESSAGE", "CHAT", "INBOUND", "1995-04-01T09:00:00Z", "Ret Waiting " + run,
                    null, "Waiting waits " + run);
            file(c, goneFile, base + 81, "passport-gone-" + run + ".pdf", "1995-03-02T09:00:00Z");
            file(c, recentFile, base + 86, "invoice-recent-" + run + ".pdf", "1998-01-10T09:00:00Z");

            draft(c, goneDraft, base + 11, "alice", "Dear Gone " + run, "1995-03-02T12:00:00Z");
            draft(c, staleDraft, base + 14, "alice", "Dear Recent " + run, "1999-03-01T12:00:00Z");
            draft(c, freshDraft, base + 14, "bob", "Dear Recent, again " + run, "2000-05-20T12:00:00Z");

            audit(c, oldAudit, "1996-01-10T09:00:00Z", "Ret Gone " + run);
            audit(c, keptAudit, "1998-01-10T09:00:00Z", "Ret Recent " + run);

            execute(c, "INSERT INTO CUSTOMER_MERGE (ID, SURVIVOR_ID, MERGED_ID, MERGED_NAME, MERGED_BY, MERGED_AT,"
                            + " SURVIVOR_TIER_BEFORE, SURVIVOR_TIER_AFTER, SURVIVOR_NAME_BEFORE, SURVIVOR_NAME_AFTER, VERSION)"
                            + " VALUES (?, ?, ?, ?, 'alice', ?, 'STANDARD', 'STANDARD', ?, ?, 1)",
                    merge, gone, absorbed, "Ret Absorbed " + run, time("1995-01-01T10:00:00Z"), "Ret Gone " + run, "Ret Gone " + run);
            execute(c, "INSERT INTO ERP_CUSTOMER (CUSTOMER_NUMBER, FIRST_NAME, LAST_NAME, SEGMENT, ADDRESS, UPDATED_AT, VERSION)"
                    + " VALUES (?, 'Ret', ?, 'Retail', '1 Main St', ?, 1)", goneErpNumber, "Gone " + run, time("1995-01-01T00:00:00Z"));
            execute(c, "INSERT INTO ERP_ORDER (ID, ORDER_NUMBER, CUSTOMER_NUMBER, STATUS, PLACED_AT, CURRENCY, TOTAL, ON_TIMELINE,"
                    + " RECEIVED_AT, VERSION) VALUES (?, ?, ?, 'DELIVERED', ?, 'EUR', 99.5, ?, ?, 1)", base + 41, goneOrder,
                    goneErpNumber, time("1995-02-01T00:00:00Z"), true, time("1995-02-01T00:00:00Z"));
        }
    }

    private static void customer(Connection c, long id, String name, String created, Long mergedInto) throws Exception {
        execute(c, "INSERT INTO CUSTOMER (ID, DISPLAY_NAME, NAME_KEY, TIER, CREATED_AT, MERGED_INTO, VERSION)"
                + " VALUES (?, ?, ?, 'STANDARD', ?, ?, 1)", id, name, name.toLowerCase(), time(created + "T00:00:00Z"), mergedInto);
    }

    private static void identity(Connection c, long id, String type, String value, long customer) throws Exception {
        execute(c, "INSERT INTO CUSTOMER_IDENTITY (ID, ID_TYPE, ID_VALUE, CUSTOMER_ID, SOURCE, FIRST_SEEN_AT)"
                + " VALUES (?, ?, ?, ?, 'EMAIL', ?)", id, type, value, customer, time("1994-01-01T00:00:00Z"));
    }

    private static void conversation(Connection c, long id, long customer, String status, String subject, String opened,
                                     String lastActivity) throws Exception {
        execute(c, "INSERT INTO CONVERSATION (ID, CUSTOMER_ID, STATUS, PRIORITY, QUEUE_NAME, STARTED_ON, CHANNEL, OPENED_AT,"
                        + " LAST_ACTIVITY_AT, SUBJECT, SUBJECT_KEY, RESOLVED_AT, VERSION) VALUES (?, ?, ?, 2, 'default', 'EMAIL',"
                        + " 'EMAIL', ?, ?, ?, ?, ?, 1)", id, customer, status, time(opened), time(lastActivity), subject,
                subject.toLowerCase(), status.equals("RESOLVED") ? time(lastActivity) : null);
    }

    private static void entry(Connection c, long id, long customer, Long conversation, String type, String channel,
                              String direction, String at, String author, String subject, String text) throws Exception {
        String search = ((subject == null ? "" : subject + "\n") + text).toLowerCase();
        execute(c, "INSERT INTO TIMELINE_ENTRY (ID, CUSTOMER_ID, CONVERSATION_ID, ENTRY_TYPE, CHANNEL, DIRECTION, OCCURRED_AT,"
                        + " RECEIVED_AT, RECORDED_AT, AUTHOR, SUBJECT, BODY, SEARCH_TEXT, EXTERNAL_ID)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, customer, conversation, type, channel, direction,
                time(at), time(at), time(at), author, subject, text, search, channel == null ? null : "ret-" + id);
    }

    private static void file(Connection c, long id, long entry, String name, String at) throws Exception {
        byte[] content = ("%PDF " + name).getBytes(StandardCharsets.UTF_8);
        execute(c, "INSERT INTO ATTACHMENT_CONTENT (ID, SOURCE, POSITION, NAME, CONTENT_TYPE, SIZE_BYTES, CONTENT, STORED_AT)"
                + " VALUES (?, ?, 0, ?, 'application/pdf', ?, ?, ?)", id, "EMAIL ret-" + entry, name, (long) content.length, content, time(at));
        execute(c, "INSERT INTO TIMELINE_ATTACHMENT (ENTRY_ID, POSITION, NAME, CONTENT_TYPE, URL, SIZE_BYTES, CONTENT_ID)"
                + " VALUES (?, 0, ?, 'application/pdf', ?, ?, ?)", entry, name, "/api/v1/attachments/" + id, (long) content.length, id);
    }

    private static void draft(Connection c, long id, long conversation, String author, String text, String at) throws Exception {
        execute(c, "INSERT INTO REPLY_DRAFT (ID, CONVERSATION_ID, AUTHOR, CHANNEL, BODY, SAVED_AT) VALUES (?, ?, ?, 'EMAIL', ?, ?)",
                id, conversation, author, text, time(at));
    }

    private static void audit(Connection c, long id, String at, String viewer) throws Exception {
        execute(c, "INSERT INTO AUDIT_ENTRY (ID, CHANGED_AT, ACTOR, ACTION, SUBJECT_KIND, SUBJECT_NAME, AFTER_JSON)"
                + " VALUES (?, ?, ?, 'VIEWED', 'customer', ?, '{\"view\":\"profile\"}')", id, time(at), viewer, String.valueOf(id));
    }

    /** The rows of {@code table} among {@code ids} still in the database. */
    List<Long> left(String table, long... ids) throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        List<Long> left = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT ID FROM " + table + " WHERE ID = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                try (var rows = s.executeQuery()) {
                    if (rows.next()) {
                        left.add(id);
                    }
                }
            }
        }
        return left;
    }

    private static Timestamp time(String at) {
        return Timestamp.from(Instant.parse(at));
    }

    private static void execute(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, s.getParameterMetaData().getParameterType(i + 1));
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }
}
