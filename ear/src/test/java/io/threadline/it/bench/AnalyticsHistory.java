package io.threadline.it.bench;

import io.threadline.it.SupportRows;
import io.threadline.it.SupportRows.Conversation;
import io.threadline.it.SupportRows.Message;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The support history nightly-analytics is measured on, written straight into the database: {@code customers}
 * customers with an email and a phone each, then {@code quietDays} days of {@code quietDay} interactions and a busy
 * day of {@code busyDay}. Each day's conversations start and end their messages on the day: a customer writes one to
 * four times (a third of the later ones on another channel), a person answers most within the hour and resolves half,
 * some under an SLA policy, some surveyed and rated. Channels are email, SMS, WhatsApp, chat and calls; queues and
 * agents are a handful each. The days lie in 1995 or earlier: the history and the {@value #REPORT_DAYS} days up to its
 * busy day hold no entries of an earlier run on the same server. Ids start above any an earlier run wrote.
 */
final class AnalyticsHistory {

    /** The days the reports are read over, ending on the busy day: no other run's history lies in them. */
    static final int REPORT_DAYS = 90;
    private static final long FIRST_ID = 9_000_000_000_000L;
    private static final int ROWS_PER_TRANSACTION = 20_000;
    private static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP", "CHAT", "PHONE");
    private static final List<String> QUEUES = List.of("bench-support", "bench-billing", "bench-shipping",
            "bench-german", "bench-french", "bench-social");
    private static final int AGENTS = 40;
    private static final String POLICY = "bench-standard";

    final int customers;
    final int quietDays;
    final int quietDay;
    final int busyDay;
    final LocalDate busy;
    private final DataSource db;
    private final Random random = new Random(12);
    private long firstCustomer;
    private long nextId;
    private int uncommitted;

    AnalyticsHistory(int customers, int quietDays, int quietDay, int busyDay) throws Exception {
        this.customers = customers;
        this.quietDays = quietDays;
        this.quietDay = quietDay;
        this.busyDay = busyDay;
        this.db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        int span = Math.max(quietDays + 1, REPORT_DAYS);
        LocalDate day = LocalDate.of(1995, 6, 30);
        while (holdsEntries(day.minusDays(span - 1L), day)) {
            day = day.minusDays(span);
        }
        this.busy = day;
    }

    LocalDate firstDay() {
        return busy.minusDays(quietDays);
    }

    int interactions() {
        return quietDays * quietDay + busyDay;
    }

    /** Writes the history; the seconds it took. */
    double write() throws Exception {
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            nextId = Math.max(FIRST_ID, maxId(c)) + 1;
            c.setAutoCommit(false);
            try (SupportRows rows = new SupportRows(c, 1000)) {
                Instant created = firstDay().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                firstCustomer = nextId;
                for (int i = 0; i < customers; i++) {
                    long id = nextId++;
                    rows.customer(id, "Bench customer " + id, created);
                    rows.identity(nextId++, id, "EMAIL", "c" + id + "@analytics.bench.example", created);
                    rows.identity(nextId++, id, "PHONE", String.format("+1999%07d", (id - FIRST_ID) % 10_000_000), created);
                    commitWhenDue(c, rows, 3);
                }
                for (LocalDate day = firstDay(); !day.isAfter(busy); day = day.plusDays(1)) {
                    day(c, rows, day, day.equals(busy) ? busyDay : quietDay);
                }
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void day(Connection c, SupportRows rows, LocalDate day, int interactions) throws Exception {
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        int written = 0;
        while (written < interactions) {
            int added = conversation(rows, midnight, interactions - written);
            written += added;
            commitWhenDue(c, rows, added);
        }
    }

    /** One conversation with at most {@code room} messages and calls, all on the day; how many it has. */
    private int conversation(SupportRows rows, Instant midnight, int room) throws Exception {
        long id = nextId++;
        long customer = firstCustomer + 3L * random.nextInt(customers);
        String channel = pick(CHANNELS);
        // Two thirds start in office hours; the latest start leaves the messages below room before midnight.
        int hour = random.nextInt(3) == 0 ? random.nextInt(21) : 8 + random.nextInt(10);
        Instant opened = midnight.plusSeconds(hour * 3600L + random.nextInt(3600));
        String startedOn = channel;
        List<Message> messages = new ArrayList<>();
        Instant at = opened;
        int inbound = Math.min(room, 1 + random.nextInt(4));
        for (int m = 0; m < inbound; m++) {
            if (m > 0 && random.nextInt(3) == 0) {
                channel = pick(CHANNELS);
            }
            Integer urgency = channel.equals("PHONE") ? null : random.nextInt(101);
            messages.add(new Message(id, customer, channel, true, at, urgency));
            at = at.plusSeconds(30 + random.nextInt(570));
        }
        Instant firstResponse = null;
        Instant resolved = null;
        Instant surveySent = null;
        Integer score = null;
        Instant rated = null;
        if (messages.size() < room && random.nextInt(7) > 0) {
            firstResponse = opened.plusSeconds(60 + random.nextInt(3600));
            int replies = Math.min(room - messages.size(), 1 + random.nextInt(3));
            for (int r = 0; r < replies; r++) {
                messages.add(new Message(id, customer, channel, false, firstResponse.plusSeconds(r * 600L), null));
            }
            if (random.nextBoolean()) {
                resolved = firstResponse.plusSeconds(600 + random.nextInt(4 * 3600));
                if (random.nextBoolean()) {
                    surveySent = resolved.plusSeconds(60);
                    if (random.nextInt(5) < 3) {
                        score = 1 + random.nextInt(5);
                        rated = surveySent.plusSeconds(1800);
                    }
                }
            }
        }
        boolean underPolicy = random.nextBoolean();
        rows.conversation(new Conversation(id, customer, startedOn, pick(QUEUES),
                random.nextInt(6) == 0 ? null : "bench-agent-" + random.nextInt(AGENTS), opened, firstResponse, resolved,
                surveySent, score, rated, underPolicy ? POLICY : null,
                underPolicy ? opened.plus(Duration.ofHours(1)) : null, underPolicy ? opened.plus(Duration.ofHours(8)) : null));
        for (Message m : messages) {
            rows.entry(nextId++, m);
        }
        return messages.size();
    }

    /** Counts the rows just added, and commits once a transaction's worth is pending. */
    private void commitWhenDue(Connection c, SupportRows rows, int added) throws Exception {
        uncommitted += added;
        if (uncommitted >= ROWS_PER_TRANSACTION) {
            rows.flush();
            c.commit();
            uncommitted = 0;
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private boolean holdsEntries(LocalDate first, LocalDate last) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM TIMELINE_ENTRY WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ?")) {
            s.setTimestamp(1, Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant()));
            s.setTimestamp(2, Timestamp.from(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The highest id an earlier run wrote, in any of the tables. */
    private static long maxId(Connection c) throws Exception {
        long max = 0;
        for (String table : List.of("CUSTOMER", "CUSTOMER_IDENTITY", "CONVERSATION", "TIMELINE_ENTRY")) {
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(ID) FROM " + table + " WHERE ID >= ?")) {
                s.setLong(1, FIRST_ID);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    max = Math.max(max, rs.getLong(1));
                }
            }
        }
        return max;
    }
}
