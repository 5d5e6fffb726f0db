package io.threadline.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The reports, read from the published facts of the days asked for and added up in memory by the dimensions asked
 * for. Percentiles come from the added histograms, so a month's median is as exact (within 1%) as a day's.
 * <p>
 * They read the days' rolled-up facts ({@link DayFact}): by channel alone where those are kept and the report is not
 * asked by or for a queue, team or agent. The customers who repeated themselves are read as each day's count where the
 * report is by day and at most by channel, else customer by customer, so that one counted on several days counts once.
 * Only a report by the hour of other measures than {@link Measure#INBOUND} reads the hourly facts of
 * the published runs, twenty or more rows for each of a day's.
 */
@Stateless
public class Reports {

    private static final Set<Measure> KEPT_BY_HOUR = Set.of(Measure.INBOUND);
    private static final List<String> AGENT_GRAIN = List.of("queue", "team", "agent");
    private static final List<String> DAY_AND_CHANNEL = List.of("day", "channel");
    private static final String COLUMNS = "SELECT FACT_DAY, FACT_HOUR, CHANNEL, QUEUE_NAME, TEAM, AGENT, MEASURE, DETAIL, N,"
            + " TOTAL, BUCKETS FROM ";
    private static final String DAY_FACTS = COLUMNS + "ANALYTICS_DAY_FACT WHERE GRAIN = ? AND FACT_HOUR ";
    private static final String HOURLY_FACTS = COLUMNS + "ANALYTICS_HOURLY_FACT WHERE RUN_ID IN ";

    @Resource(lookup = "jdbc/threadline")
    private DataSource database;

    @EJB
    private AnalyticsStore store;

    public ReportTable report(ReportQuery query) {
        ReportMeasures measures = ReportMeasures.of(query.report());
        Map<List<Comparable<?>>, Group> groups = new TreeMap<>(ReportTable.KEY_ORDER);
        facts(query, measures.reads(), fact -> groups.computeIfAbsent(fact.key(query.by()), k -> new Group()).add(fact));
        List<String> columns = new ArrayList<>(query.by());
        columns.addAll(measures.columns());
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            List<Object> row = new ArrayList<>();
            key.forEach(value -> row.add(FactRow.display(value)));
            row.addAll(measures.values().apply(group));
            rows.add(row);
        });
        return new ReportTable(query, columns, rows);
    }

    private void facts(ReportQuery query, Set<Measure> measures, Consumer<FactRow> fact) {
        boolean byHour = query.by().contains("hour");
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql;
        if (customersCountedByDay(query, measures)) {
            boolean byChannel = query.by().contains("channel") || query.channel() != null;
            sql = new StringBuilder(DAY_FACTS).append("= " + DayFact.WHOLE_DAY).append(byChannel ? " AND CHANNEL <> ''" : " AND CHANNEL = ''");
            parameters.add(DayFact.BY_CHANNEL);
        } else if (!byHour || KEPT_BY_HOUR.containsAll(measures)) {
            boolean byAgent = query.team() != null || query.agent() != null || query.by().stream().anyMatch(AGENT_GRAIN::contains)
                    || !measures.stream().allMatch(DayFact::keptByChannel);
            sql = new StringBuilder(DAY_FACTS).append(byHour ? ">= 0" : "= " + DayFact.WHOLE_DAY);
            parameters.add(byAgent ? DayFact.BY_AGENT : DayFact.BY_CHANNEL);
        } else {
            Set<Long> runs = new HashSet<>(store.publishedRuns(query.from(), query.to()).values());
            if (runs.isEmpty()) {
                return;
            }
            sql = new StringBuilder(HOURLY_FACTS).append(AnalyticsStore.parameterList(runs.size()));
            parameters.addAll(runs);
        }
        // One query per measure: Derby finds the rows of MEASURE = ? in the index, but scans it for an IN list.
        sql.append(" AND MEASURE = ? AND FACT_DAY >= ? AND FACT_DAY <= ?");
        int measureAt = parameters.size();
        parameters.add(null);
        parameters.add(Date.valueOf(query.from()));
        parameters.add(Date.valueOf(query.to()));
        filter(sql, parameters, "CHANNEL", query.channel());
        filter(sql, parameters, "TEAM", query.team());
        filter(sql, parameters, "AGENT", query.agent());
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            select.setFetchSize(1000);
            for (Measure measure : measures) {
                parameters.set(measureAt, measure.name());
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        fact.accept(new FactRow(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), measure, rs.getString(8), rs.getLong(9), rs.getLong(10),
                                rs.getString(11)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The facts of " + query.report().wireName() + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the report's figure is the customers who repeated themselves, per day and at most by channel: then each
     * row is one day's count (of a channel, or of any channel) and no customer need be read.
     */
    private static boolean customersCountedByDay(ReportQuery query, Set<Measure> measures) {
        return measures.equals(Set.of(Measure.REPEATED_CUSTOMER)) && query.by().contains("day")
                && DAY_AND_CHANNEL.containsAll(query.by()) && query.team() == null && query.agent() == null;
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    /** The facts of one row of a report, added up. */
    static final class Group {
        private final Map<Measure, long[]> counts = new EnumMap<>(Measure.class);
        private final Map<Measure, Histogram> durations = new EnumMap<>(Measure.class);
        private final Set<String> customers = new HashSet<>();
        /** Customers counted already, each day's once: see {@link #customersCountedByDay}. */
        private long countedCustomers;

        void add(FactRow fact) {
            if (fact.buckets() != null) {
                durations.computeIfAbsent(fact.measure(), m -> new Histogram()).addEncoded(fact.buckets(), fact.n(), fact.total());
                return;
            }
            long[] sums = counts.computeIfAbsent(fact.measure(), m -> new long[2]);
            sums[0] += fact.n();
            sums[1] += fact.total();
            if (fact.measure() == Measure.REPEATED_CUSTOMER) {
                if (fact.detail().isEmpty()) {
                    countedCustomers += fact.n();
                } else {
                    customers.add(fact.detail());
                }
            }
        }

        long n(Measure measure) {
            return counts.getOrDefault(measure, new long[2])[0];
        }

        long total(Measure measure) {
            return counts.getOrDefault(measure, new long[2])[1];
        }

        Histogram durations(Measure measure) {
            return durations.getOrDefault(measure, new Histogram());
        }

        long distinctCustomers() {
            return customers.size() + countedCustomers;
        }
    }

}
