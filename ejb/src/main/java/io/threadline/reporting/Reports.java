package io.threadline.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reports, read from the published facts of the days asked for and added up in memory by the dimensions asked
 * for. Percentiles come from the added histograms, so a month's median is as exact (within 1%) as a day's.
 */
@Stateless
public class Reports {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private AnalyticsStore store;

    public ReportTable report(ReportQuery query) {
        ReportMeasures measures = ReportMeasures.of(query.report());
        Map<List<Comparable<?>>, Group> groups = new TreeMap<>(ReportTable.KEY_ORDER);
        facts(query, measures.reads()).forEach(fact -> groups.computeIfAbsent(fact.key(query.by()), k -> new Group()).add(fact));
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

    private Stream<FactRow> facts(ReportQuery query, Set<Measure> measures) {
        Map<LocalDate, Long> runs = store.publishedRuns(query.from(), query.to());
        if (runs.isEmpty()) {
            return Stream.empty();
        }
        StringBuilder jpql = new StringBuilder("SELECT f.key.day, f.key.hour, f.key.channel, f.key.queue, f.key.team,"
                + " f.key.agent, f.key.measure, f.key.detail, f.key.bucket, f.n, f.total FROM Fact f"
                + " WHERE f.key.day >= :from AND f.key.day <= :to AND f.key.runId IN :runs AND f.key.measure IN :measures");
        if (query.channel() != null) {
            jpql.append(" AND f.key.channel = :channel");
        }
        if (query.team() != null) {
            jpql.append(" AND f.key.team = :team");
        }
        if (query.agent() != null) {
            jpql.append(" AND f.key.agent = :agent");
        }
        TypedQuery<Object[]> select = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", query.from()).setParameter("to", query.to())
                .setParameter("runs", List.copyOf(new HashSet<>(runs.values())))
                .setParameter("measures", measures.stream().map(Measure::name).toList());
        if (query.channel() != null) {
            select.setParameter("channel", query.channel());
        }
        if (query.team() != null) {
            select.setParameter("team", query.team());
        }
        if (query.agent() != null) {
            select.setParameter("agent", query.agent());
        }
        return select.getResultStream().map(FactRow::of);
    }

    /** The facts of one row of a report, added up. */
    static final class Group {
        private final Map<Measure, long[]> counts = new EnumMap<>(Measure.class);
        private final Map<Measure, Histogram> durations = new EnumMap<>(Measure.class);
        private final Set<String> customers = new HashSet<>();

        void add(FactRow fact) {
            if (fact.bucket() >= 0) {
                durations.computeIfAbsent(fact.measure(), m -> new Histogram()).add(fact.bucket(), fact.n(), fact.total());
                return;
            }
            long[] sums = counts.computeIfAbsent(fact.measure(), m -> new long[2]);
            sums[0] += fact.n();
            sums[1] += fact.total();
            if (fact.measure() == Measure.REPEATED_CUSTOMER) {
                customers.add(fact.detail());
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

        int distinctCustomers() {
            return customers.size();
        }
    }

}
