package io.threadline.it;

import io.threadline.it.SupportRows.Conversation;
import io.threadline.it.SupportRows.Message;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A day of support written straight into the database (a day of its own, long past, so no other test's data is in
 * it), with the figures the reports must show for it computed here from the generated data: in Java, one by one, not
 * by the job's SQL. Some conversations start the evening before and switch channel the next day; some events fall on
 * the day after, which must not count. The chat bot's questions too: some asked the evening before and ended on the
 * day, some asked late and ended the day after.
 */
final class AnalyticsDataSet {

    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP", "CHAT");
    static final int OFFICE_OPENS = 9;
    static final int OFFICE_CLOSES = 17;

    final LocalDate day;
    final String policy;
    final String billingQueue;
    final String shippingQueue;
    final List<String> agents;
    final List<Conversation> conversations = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();
    final List<BotQuestion> botQuestions = new ArrayList<>();
    private final long firstId;

    /** A row of BOT_OFFER: how the question ended, when it was asked and when it ended (null while articles are shown). */
    record BotQuestion(String outcome, Instant offeredAt, Instant endedAt) {
    }

    AnalyticsDataSet(String run, long seed, String policy, String billingQueue, String shippingQueue) {
        Random random = new Random(seed);
        this.day = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(8000));
        this.policy = policy;
        this.billingQueue = billingQueue;
        this.shippingQueue = shippingQueue;
        this.agents = List.of("ana-" + run, "ben-" + run);
        this.firstId = 8_000_000_000_000L + Math.floorMod(seed, 1_000_000L) * 1_000;
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        long id = firstId;
        for (int c = 0; c < 60; c++) {
            long conversation = ++id;
            long customer = firstId + 500 + c % 45;
            boolean evening = c % 10 == 0;
            Instant opened = evening ? start.minus(Duration.ofHours(3)).plusSeconds(random.nextInt(3600))
                    : start.plusSeconds(random.nextInt(20 * 3600));
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            String queue = c % 3 == 0 ? shippingQueue : billingQueue;
            String agent = c % 5 == 4 ? null : agents.get(c % 2);
            Instant at = opened;
            String current = channel;
            int inbound = 1 + random.nextInt(4);
            for (int m = 0; m < inbound; m++) {
                if (m > 0 && random.nextInt(3) == 0) {
                    current = CHANNELS.get(random.nextInt(CHANNELS.size()));
                }
                Integer urgency = random.nextInt(4) == 0 ? null : random.nextInt(101);
                messages.add(new Message(conversation, customer, current, true, at, urgency));
                at = at.plusSeconds(60 + random.nextInt(evening && m == 0 ? 6 * 3600 : 3 * 3600));
            }
            Instant firstResponse = random.nextInt(5) == 0 ? null : opened.plusSeconds(30 + random.nextInt(5 * 3600));
            Instant resolved = null;
            Instant survey = null;
            Integer score = null;
            Instant rated = null;
            if (firstResponse != null) {
                int replies = 1 + random.nextInt(3);
                for (int r = 0; r < replies; r++) {
                    messages.add(new Message(conversation, customer, current, false, firstResponse.plusSeconds(r * 900L), null));
                }
                if (random.nextBoolean()) {
                    resolved = firstResponse.plusSeconds(600 + random.nextInt(8 * 3600));
                    if (random.nextBoolean()) {
                        survey = resolved.plusSeconds(60);
                        if (random.nextBoolean()) {
                            score = 1 + random.nextInt(5);
                            rated = survey.plusSeconds(1800);
                        }
                    }
                }
            }
            boolean underPolicy = c % 2 == 0;
            conversations.add(new Conversation(conversation, customer, channel, queue, agent, opened, firstResponse,
                    resolved, survey, score, rated, underPolicy ? policy : null,
                    underPolicy ? opened.plus(Duration.ofHours(1)) : null, underPolicy ? opened.plus(Duration.ofHours(8)) : null));
        }
        List<String> outcomes = List.of("OFFERED", "NO_SUGGESTION", "DEFLECTED", "HANDED_OVER", "ABANDONED");
        for (int q = 0; q < 50; q++) {
            Instant asked = start.minus(Duration.ofHours(2)).plusSeconds(random.nextInt(26 * 3600));
            String outcome = outcomes.get(random.nextInt(outcomes.size()));
            Instant ended = switch (outcome) {
                case "OFFERED" -> null;
                case "NO_SUGGESTION" -> asked;
                case "ABANDONED" -> asked.plus(Duration.ofMinutes(30)).plusSeconds(random.nextInt(120));
                default -> asked.plusSeconds(10 + random.nextInt(3 * 3600));
            };
            botQuestions.add(new BotQuestion(outcome, asked, ended));
        }
    }

    /**
     * {@code count} customer messages in the afternoon of the day (14:30) on a channel the application does not know,
     * as corrupt rows would be: reading them fails the job. So many that the day's entries per hour, by which the job
     * splits the day, change a lot when {@link #delete} takes them out again. Not part of the data set's figures.
     */
    List<Long> insertUnreadableMessages(int count) throws Exception {
        Conversation first = conversations.get(0);
        Instant afternoon = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(14 * 60 + 30));
        List<Long> ids = new ArrayList<>();
        try (Connection c = db().getConnection(); SupportRows rows = new SupportRows(c, Integer.MAX_VALUE)) {
            for (int i = 0; i < count; i++) {
                long id = firstId + 99_000 + i;
                rows.entry(id, new Message(first.id(), first.customer(), "PIGEON", true, afternoon, null));
                ids.add(id);
            }
        }
        return ids;
    }

    void delete(Collection<Long> entryIds) throws Exception {
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM TIMELINE_ENTRY WHERE ID = ?")) {
            for (long id : entryIds) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    private static DataSource db() throws Exception {
        return (DataSource) new InitialContext().lookup("jdbc/threadline");
    }

    void insert() throws Exception {
        Instant created = day.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(30));
        try (Connection c = db().getConnection(); SupportRows rows = new SupportRows(c, Integer.MAX_VALUE)) {
            for (long customer : conversations.stream().map(Conversation::customer).collect(Collectors.toCollection(HashSet::new))) {
                rows.customer(customer, "Analytics customer " + customer, created);
            }
            for (Conversation v : conversations) {
                rows.conversation(v);
            }
            long id = firstId + 100_000;
            for (Message m : messages) {
                rows.entry(++id, m);
            }
        }
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO BOT_OFFER (ID,"
                + " VISITOR_ID, MESSAGE_ID, QUESTION, LANGUAGE, ARTICLE_IDS, OUTCOME, OFFERED_AT, ENDED_AT, VERSION)"
                + " VALUES (?, ?, ?, 'Where is my parcel?', 'en', ?, ?, ?, ?, 1)")) {
            long id = firstId + 200_000;
            for (BotQuestion q : botQuestions) {
                s.setLong(1, ++id);
                s.setString(2, "analytics-" + firstId);
                s.setString(3, "question-" + id);
                s.setString(4, q.outcome().equals("NO_SUGGESTION") ? null : "1,2");
                s.setString(5, q.outcome());
                s.setTimestamp(6, Timestamp.from(q.offeredAt()));
                s.setTimestamp(7, q.endedAt() == null ? null : Timestamp.from(q.endedAt()));
                s.executeUpdate();
            }
        }
    }

    // What the reports must show, computed from the generated data.

    boolean onDay(Instant at) {
        return at != null && LocalDate.ofInstant(at, ZoneOffset.UTC).equals(day);
    }

    Map<String, long[]> volumeByChannel(Predicate<Conversation> of) {
        Map<String, long[]> volume = new TreeMap<>();
        Map<Long, Conversation> byId = conversations.stream().collect(Collectors.toMap(Conversation::id, v -> v));
        for (Message m : messages) {
            if (onDay(m.at()) && of.test(byId.get(m.conversation()))) {
                volume.computeIfAbsent(m.channel(), k -> new long[2])[m.inbound() ? 0 : 1]++;
            }
        }
        return volume;
    }

    /** Per from→to channel pair, the switches on the day; and by the channel switched to, the customers who switched within a day. */
    Map<String, Long> switches(Map<String, Set<Long>> repeatedCustomers) {
        Map<String, Long> switches = new TreeMap<>();
        Map<Long, List<Message>> inbound = messages.stream().filter(Message::inbound)
                .collect(Collectors.groupingBy(Message::conversation));
        for (List<Message> list : inbound.values()) {
            list.sort(Comparator.comparing(Message::at));
            for (int i = 1; i < list.size(); i++) {
                Message before = list.get(i - 1);
                Message now = list.get(i);
                if (onDay(now.at()) && !before.channel().equals(now.channel())) {
                    switches.merge(before.channel() + ">" + now.channel(), 1L, Long::sum);
                    if (!before.at().plus(Duration.ofDays(1)).isBefore(now.at())) {
                        repeatedCustomers.computeIfAbsent(now.channel(), c -> new TreeSet<>()).add(now.customer());
                    }
                }
            }
        }
        return switches;
    }

    Map<Integer, Long> inboundByHour() {
        return messages.stream().filter(m -> m.inbound() && onDay(m.at()))
                .collect(Collectors.groupingBy(m -> m.at().atZone(ZoneOffset.UTC).getHour(), TreeMap::new, Collectors.counting()));
    }

    DayOfWeek weekday() {
        return day.getDayOfWeek();
    }

    /** Seconds from the start to a person's first answer, of the conversations first answered on the day, by channel. */
    Map<String, List<Long>> firstResponseSeconds(boolean business) {
        return durations(Conversation::firstResponseAt, business);
    }

    Map<String, List<Long>> resolutionSeconds(boolean business) {
        return durations(Conversation::resolvedAt, business);
    }

    private Map<String, List<Long>> durations(java.util.function.Function<Conversation, Instant> end, boolean business) {
        Map<String, List<Long>> seconds = new TreeMap<>();
        for (Conversation v : conversations) {
            Instant at = end.apply(v);
            if (onDay(at)) {
                long value = business && v.policy() != null ? officeSeconds(v.openedAt(), at)
                        : Duration.between(v.openedAt(), at).getSeconds();
                seconds.computeIfAbsent(v.startedOn(), k -> new ArrayList<>()).add(value);
            }
        }
        return seconds;
    }

    /** The seconds of [a, b) that fall between OFFICE_OPENS and OFFICE_CLOSES o'clock UTC, any day. */
    static long officeSeconds(Instant a, Instant b) {
        long total = 0;
        for (LocalDate d = LocalDate.ofInstant(a, ZoneOffset.UTC); !d.isAfter(LocalDate.ofInstant(b, ZoneOffset.UTC)); d = d.plusDays(1)) {
            Instant open = d.atTime(OFFICE_OPENS, 0).toInstant(ZoneOffset.UTC);
            Instant close = d.atTime(OFFICE_CLOSES, 0).toInstant(ZoneOffset.UTC);
            Instant from = a.isAfter(open) ? a : open;
            Instant to = b.isBefore(close) ? b : close;
            if (to.isAfter(from)) {
                total += Duration.between(from, to).getSeconds();
            }
        }
        return total;
    }

    /** The nearest-rank percentile. */
    static long percentile(Collection<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.max(0, Math.ceil(p * sorted.size()) - 1));
    }

    /** SLA targets met (stopped in time, on the day) and breached (due on the day, not stopped in time): {met, breached}. */
    Map<String, long[]> sla() {
        Map<String, long[]> sla = new TreeMap<>();
        for (Conversation v : conversations) {
            if (v.policy() == null) {
                continue;
            }
            count(sla, "FIRST_RESPONSE", v.firstResponseDue(), v.firstResponseAt());
            count(sla, "RESOLUTION", v.resolutionDue(), v.resolvedAt());
        }
        return sla;
    }

    private void count(Map<String, long[]> sla, String target, Instant due, Instant stopped) {
        if (stopped != null && !stopped.isAfter(due)) {
            if (onDay(stopped)) {
                sla.computeIfAbsent(target, k -> new long[2])[0]++;
            }
        } else if (onDay(due)) {
            sla.computeIfAbsent(target, k -> new long[2])[1]++;
        }
    }

    /** {surveys sent, answers, sum of scores} on the day. */
    long[] csat() {
        long[] csat = new long[3];
        for (Conversation v : conversations) {
            if (onDay(v.surveySentAt())) {
                csat[0]++;
            }
            if (v.csatScore() != null && onDay(v.csatAt())) {
                csat[1]++;
                csat[2] += v.csatScore();
            }
        }
        return csat;
    }

    /**
     * The deflection report's day: {offered, deflected, handed over, abandoned, no suggestion}, questions counted on the
     * day they were asked (offered, no suggestion) or ended (the rest).
     */
    long[] deflection() {
        long[] counts = new long[5];
        for (BotQuestion q : botQuestions) {
            if (onDay(q.offeredAt())) {
                counts[q.outcome().equals("NO_SUGGESTION") ? 4 : 0]++;
            }
            int ending = List.of("DEFLECTED", "HANDED_OVER", "ABANDONED").indexOf(q.outcome());
            if (ending >= 0 && onDay(q.endedAt())) {
                counts[1 + ending]++;
            }
        }
        return counts;
    }

    Map<String, Long> urgencyBands() {
        Map<String, Long> bands = new HashMap<>();
        for (Message m : messages) {
            if (m.inbound() && onDay(m.at()) && m.urgency() != null) {
                int low = Math.min(m.urgency(), 99) / 20 * 20;
                bands.merge(low + "-" + (low == 80 ? 100 : low + 19), 1L, Long::sum);
            }
        }
        return bands;
    }
}
