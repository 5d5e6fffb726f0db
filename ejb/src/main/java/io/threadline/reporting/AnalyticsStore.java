package io.threadline.reporting;

import io.threadline.assist.BotOutcome;
import io.threadline.conversation.Direction;
import io.threadline.conversation.EntryType;
import io.threadline.routing.QueueDocuments;
import io.threadline.shared.Channel;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the nightly analytics job reads and writes: an hour's messages and calls in time order, the conversations
 * whose figures a range of hours decided and the chat bot's questions asked or ended in the range, and the facts,
 * written hour by hour within a run and published for the day in one transaction.
 */
@Stateless
public class AnalyticsStore {

    private static final List<EntryType> INTERACTIONS = List.of(EntryType.MESSAGE, EntryType.CALL);
    private static final int IN_LIST = 1000;
    private static final int INSERT_BATCH = 1000;
    private static final String INSERT_FACT = "INSERT INTO ANALYTICS_HOURLY_FACT (ID, " + FactKey.COLUMNS
            + ", BUCKET, N, TOTAL, BUCKETS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The value of {@link Fact}'s column {@code BUCKET}, which facts no longer use. */
    private static final int NO_BUCKET = -1;
    private static final String RUN_FACTS = "SELECT FACT_HOUR, CHANNEL, QUEUE_NAME, TEAM, AGENT, MEASURE, DETAIL, N, TOTAL, BUCKETS"
            + " FROM ANALYTICS_HOURLY_FACT WHERE ID >= ? AND ID < ?";
    private static final String INSERT_DAY_FACT = "INSERT INTO ANALYTICS_DAY_FACT (ID, " + FactKey.COLUMNS
            + ", GRAIN, N, TOTAL, BUCKETS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HOUR_ENTRIES = "SELECT ID, OCCURRED_AT, CONVERSATION_ID, CUSTOMER_ID, CHANNEL, DIRECTION,"
            + " URGENCY FROM TIMELINE_ENTRY WHERE OCCURRED_AT >= ? AND OCCURRED_AT < ? AND ENTRY_TYPE IN ("
            + INTERACTIONS.stream().map(type -> "'" + type.name() + "'").collect(Collectors.joining(", ")) + ")"
            + " ORDER BY OCCURRED_AT, ID";
    private static final String OUTCOME = "SELECT ID, STARTED_ON, QUEUE_NAME, ASSIGNEE, OPENED_AT, FIRST_RESPONSE_AT,"
            + " RESOLVED_AT, CSAT_SCORE, CSAT_AT, SLA_POLICY, SLA_FIRST_RESPONSE_DUE_AT, SLA_FIRST_RESPONSE_STOPPED_AT,"
            + " SLA_RESOLUTION_DUE_AT, SLA_RESOLUTION_STOPPED_AT FROM CONVERSATION";
    /** The times at which a conversation's figures are decided. */
    private static final List<String> OUTCOME_TIMES = List.of("FIRST_RESPONSE_AT", "RESOLVED_AT", "CSAT_AT",
            "SLA_FIRST_RESPONSE_DUE_AT", "SLA_FIRST_RESPONSE_STOPPED_AT", "SLA_RESOLUTION_DUE_AT", "SLA_RESOLUTION_STOPPED_AT");
    private static final String OUTCOMES_IN_RANGE = OUTCOME + " WHERE " + OUTCOME_TIMES.stream()
            .map(time -> "(" + time + " >= ? AND " + time + " < ?)").collect(Collectors.joining(" OR "));

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private QueueDocuments queues;

    @Resource(lookup = "jdbc/threadline")
    private DataSource database;

    /**
     * How many entries of any type lie between each instant and the next, counted in {@code IX_ENTRY_OCCURRED} alone
     * (its columns answer the query): the weight of each hour when the day is split into partitions. Outside any
     * transaction: the partition mapper's transaction is the batch runtime's, which writes its job repository in it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long[] entriesPerHour(List<Instant> bounds) {
        long[] counts = new long[bounds.size() - 1];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = em.createQuery("SELECT COUNT(e.id) FROM TimelineEntry e WHERE e.occurredAt >= :from"
                            + " AND e.occurredAt < :to", Long.class)
                    .setParameter("from", bounds.get(i)).setParameter("to", bounds.get(i + 1)).getSingleResult();
        }
        return counts;
    }

    /**
     * Messages and calls in [from, to), in time order, with their conversations' queue and agent. Read with JDBC on
     * the transaction's connection: the busy day's million rows made EclipseLink's result building a third of the
     * job. The entries alone, in the order of {@code IX_ENTRY_OCCURRED}: joined to their conversations, Derby sorted.
     */
    public List<InteractionRow> interactions(Instant from, Instant to) {
        record Entry(long id, Instant at, Long conversationId, long customerId, Channel channel, Direction direction,
                     Integer urgency) {
        }
        try (Connection connection = database.getConnection()) {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(HOUR_ENTRIES)) {
                select.setFetchSize(IN_LIST);
                select.setTimestamp(1, Timestamp.from(from));
                select.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long conversation = rs.getLong(3);
                        Long conversationId = rs.wasNull() ? null : conversation;
                        int urgency = rs.getInt(7);
                        Integer urgencyOrNull = rs.wasNull() ? null : urgency;
                        String channel = rs.getString(5);
                        entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), conversationId, rs.getLong(4),
                                channel == null ? null : Channel.valueOf(channel), Direction.valueOf(rs.getString(6)),
                                urgencyOrNull));
                    }
                }
            }
            Map<Long, String[]> routed = queuesAndAgents(connection,
                    entries.stream().map(Entry::conversationId).filter(Objects::nonNull).distinct().toList());
            String[] none = new String[2];
            return entries.stream().map(e -> {
                String[] queueAndAgent = e.conversationId() == null ? none : routed.getOrDefault(e.conversationId(), none);
                return new InteractionRow(e.id(), e.at(), e.conversationId(), e.customerId(), e.channel(), e.direction(),
                        e.urgency(), queueAndAgent[0], queueAndAgent[1]);
            }).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("The messages and calls from " + from + " to " + to + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private static Map<Long, String[]> queuesAndAgents(Connection connection, List<Long> conversationIds) throws SQLException {
        Map<Long, String[]> routed = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        selectByIds(connection, "SELECT ID, QUEUE_NAME, ASSIGNEE FROM CONVERSATION", conversationIds, rs ->
                routed.put(rs.getLong(1), new String[] {name(names, rs.getString(2)), name(names, rs.getString(3))}));
        return routed;
    }

    /** A reader of one row of a result set. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code select} for the rows of the given ids ({@code WHERE ID IN}), a thousand ids at a time. */
    private static void selectByIds(Connection connection, String select, List<Long> ids, RowReader rows) throws SQLException {
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
            try (PreparedStatement statement = connection.prepareStatement(select + " WHERE ID IN " + parameterList(batch.size()))) {
                for (int k = 0; k < batch.size(); k++) {
                    statement.setLong(k + 1, batch.get(k));
                }
                readRows(statement, rows);
            }
        }
    }

    private static void readRows(PreparedStatement statement, RowReader rows) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.read(rs);
            }
        }
    }

    /**
     * The one copy of a queue's, agent's or policy's name among those read so far: a partition holds tens of thousands
     * of rows naming a few of them, each read as a string of its own.
     */
    private static String name(Map<String, String> names, String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }

    /** The markers of an IN list of {@code count} parameters: "(?, ?, ?)". */
    static String parameterList(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** Each conversation's latest message from the customer before {@code before}; none for a conversation without. */
    public Map<Long, PreviousInbound> previousInbound(Collection<Long> conversationIds, Instant before) {
        Map<Long, PreviousInbound> latest = new HashMap<>();
        inBatches(List.copyOf(conversationIds), ids ->
                em.createQuery("SELECT e.conversationId, e.channel, e.occurredAt FROM TimelineEntry e"
                                + " WHERE e.conversationId IN :ids AND e.direction = :inbound AND e.type IN :types"
                                + " AND e.occurredAt < :before ORDER BY e.occurredAt, e.id", Object[].class)
                        .setParameter("ids", ids).setParameter("inbound", Direction.INBOUND)
                        .setParameter("types", INTERACTIONS).setParameter("before", before).getResultStream()
                        .forEach(r -> latest.put((Long) r[0], new PreviousInbound((Channel) r[1], (Instant) r[2]))));
        return latest;
    }

    /**
     * Hands over each conversation that was first answered, resolved, surveyed, rated or SLA-decided in [from, to), with
     * the survey time only of a survey sent in the range. Read with a JDBC cursor on the transaction's connection and
     * handed over as read: through EclipseLink a busy partition's 60,000 outcomes were held all at once, twice, and
     * did not fit in a 256 MB heap.
     */
    public void outcomesConcerning(Instant from, Instant to, Consumer<ConversationOutcome> outcome) {
        Map<Long, Instant> surveys = new HashMap<>();
        em.createQuery("SELECT s.conversationId, s.sentAt FROM CsatSurvey s WHERE s.sentAt >= :from AND s.sentAt < :to",
                        Object[].class).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> surveys.put((Long) r[0], (Instant) r[1]));
        Map<Long, Instant> surveyedOnly = new HashMap<>(surveys);
        Map<String, String> names = new HashMap<>();
        RowReader outcomes = rs -> {
            surveyedOnly.remove(rs.getLong(1));
            outcome.accept(outcome(rs, surveys, names));
        };
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(OUTCOMES_IN_RANGE)) {
                for (int i = 0; i < OUTCOME_TIMES.size(); i++) {
                    select.setTimestamp(2 * i + 1, Timestamp.from(from));
                    select.setTimestamp(2 * i + 2, Timestamp.from(to));
                }
                select.setFetchSize(IN_LIST);
                readRows(select, outcomes);
            }
            selectByIds(connection, OUTCOME, List.copyOf(surveyedOnly.keySet()), outcomes);
        } catch (SQLException e) {
            throw new IllegalStateException("The conversations decided from " + from + " to " + to + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The chat bot's questions asked or ended in [from, to): those asked in it, then those ended in it but asked before
     * (two reads, each on its own index of schema change 005, where one with OR would read the table through).
     */
    public List<BotQuestion> botQuestionsConcerning(Instant from, Instant to) {
        List<BotQuestion> questions = new ArrayList<>(botQuestions(
                "o.offeredAt >= :from AND o.offeredAt < :to", from, to));
        questions.addAll(botQuestions("o.endedAt >= :from AND o.endedAt < :to AND o.offeredAt < :from", from, to));
        return questions;
    }

    private List<BotQuestion> botQuestions(String condition, Instant from, Instant to) {
        return em.createQuery("SELECT o.outcome, o.offeredAt, o.endedAt FROM BotOffer o WHERE " + condition, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new BotQuestion((BotOutcome) r[0], (Instant) r[1], (Instant) r[2])).toList();
    }

    private static ConversationOutcome outcome(ResultSet rs, Map<Long, Instant> surveys, Map<String, String> names)
            throws SQLException {
        long id = rs.getLong(1);
        int score = rs.getInt(8);
        Integer scoreOrNull = rs.wasNull() ? null : score;
        String startedOn = rs.getString(2);
        return new ConversationOutcome(id, startedOn == null ? null : Channel.valueOf(startedOn),
                name(names, rs.getString(3)), name(names, rs.getString(4)), instant(rs, 5), instant(rs, 6),
                instant(rs, 7), surveys.get(id), scoreOrNull, instant(rs, 9), name(names, rs.getString(10)),
                new ConversationOutcome.Target(instant(rs, 11), instant(rs, 12)),
                new ConversationOutcome.Target(instant(rs, 13), instant(rs, 14)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** Runs the query for the ids a thousand at a time, the most an IN list is given here. */
    private static void inBatches(List<Long> ids, Consumer<List<Long>> query) {
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            query.accept(ids.subList(i, Math.min(ids.size(), i + IN_LIST)));
        }
    }

    /** The team of each queue that has one, as the queues' configuration says now. */
    public Map<String, String> teamsOfQueues() {
        Map<String, String> teams = new HashMap<>();
        queues.all().stream().filter(q -> q.team() != null).forEach(q -> teams.put(q.name(), q.team()));
        return teams;
    }

    /**
     * Writes an hour's tally as new facts of the run, in the caller's transaction (a chunk's, with its checkpoint). The
     * job writes each hour's facts once, in one call. JDBC batches on the transaction's connection,
     * not entities: EclipseLink's unit of work took most of the busy day's time building the inserts.
     */
    public void insert(FactTally tally) {
        try (Connection connection = database.getConnection()) {
            insertAll(connection, INSERT_FACT, tally.entries(), (insert, fact, index) -> bind(insert, fact.key().rowId(index), fact, NO_BUCKET));
        } catch (SQLException e) {
            throw new IllegalStateException("The hour's facts could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The run's facts become the day's, and those of every other run of the day are deleted, in one transaction. The
     * run's hourly facts are rolled up into the day's ({@link DayFact}), replacing those of the run published before.
     */
    public void publish(LocalDate day, long runId, Instant at) {
        AnalyticsDay published = em.find(AnalyticsDay.class, day, LockModeType.PESSIMISTIC_WRITE);
        if (published == null) {
            published = new AnalyticsDay(day);
            em.persist(published);
        }
        published.publish(runId, at);
        em.createQuery("DELETE FROM Fact f WHERE f.key.day = :day AND f.key.runId <> :run")
                .setParameter("day", day).setParameter("run", runId).executeUpdate();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ANALYTICS_DAY_FACT WHERE ID >= ? AND ID < ?")) {
                delete.setLong(1, DayFact.rowId(day, 0));
                delete.setLong(2, DayFact.rowId(day.plusDays(1), 0));
                delete.executeUpdate();
            }
            DayRollup rollup = new DayRollup(runId, day);
            try (PreparedStatement select = connection.prepareStatement(RUN_FACTS)) {
                select.setFetchSize(INSERT_BATCH);
                select.setLong(1, FactKey.firstRowId(runId));
                select.setLong(2, FactKey.firstRowId(runId + 1));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rollup.add(new FactRow(day, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), Measure.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8),
                                rs.getLong(9), rs.getString(10)));
                    }
                }
            }
            int first = 0;
            for (Map.Entry<String, FactTally> grain : rollup.grains().entrySet()) {
                int offset = first;
                insertAll(connection, INSERT_DAY_FACT, grain.getValue().entries(),
                        (insert, fact, index) -> bind(insert, DayFact.rowId(day, offset + index), fact, grain.getKey()));
                first += grain.getValue().size();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The facts of " + day + " could not be rolled up: " + e.getMessage(), e);
        }
    }

    /** Sets a fact's insert: the id, the key, the table's own column ({@code other}), N, TOTAL and BUCKETS. */
    private static void bind(PreparedStatement insert, long id, FactTally.Entry fact, Object other) throws SQLException {
        insert.setLong(1, id);
        Object[] key = fact.key().values();
        for (int i = 0; i < key.length; i++) {
            insert.setObject(i + 2, key[i]);
        }
        insert.setObject(key.length + 2, other);
        insert.setLong(key.length + 3, fact.n());
        insert.setLong(key.length + 4, fact.total());
        insert.setString(key.length + 5, fact.buckets());
    }

    private interface Binder<T> {
        void bind(PreparedStatement insert, T row, int index) throws SQLException;
    }

    private static <T> void insertAll(Connection connection, String sql, Iterable<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            int index = 0;
            for (T row : rows) {
                binder.bind(insert, row, index++);
                insert.addBatch();
                if (++pending == INSERT_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The run published for each day of [from, to] that has one. */
    public Map<LocalDate, Long> publishedRuns(LocalDate from, LocalDate to) {
        Map<LocalDate, Long> runs = new HashMap<>();
        em.createQuery("SELECT d FROM AnalyticsDay d WHERE d.day >= :from AND d.day <= :to", AnalyticsDay.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(d -> runs.put(d.getDay(), d.getRunId()));
        return runs;
    }

}
