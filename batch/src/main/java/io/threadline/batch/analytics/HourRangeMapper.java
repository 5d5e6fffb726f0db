package io.threadline.batch.analytics;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.LocalHours;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;
import java.util.stream.IntStream;

/**
 * Splits the day's 24 local hours into {@code partitions} ranges ({@code firstHour} included, {@code endHour} not)
 * holding about as many of the day's entries each, so that the two threads finish together: on a busy day the office
 * hours hold most of them. Each partition counts its hours one at a time, with a checkpoint after each.
 * <p>
 * A restarted step keeps the ranges of its first execution (kept in the step's persistent user data): the entries
 * per hour may have changed since (a corrupt row removed), and a partition's checkpoint, the next hour to count, only
 * means something within its old range. New ranges would count some hours twice and leave others out.
 */
@Named
@Dependent
public class HourRangeMapper implements PartitionMapper {

    private static final int THREADS = 2;

    @EJB
    AnalyticsStore store;

    @Inject
    AnalyticsParameters parameters;

    @Inject
    StepContext step;

    @Override
    public PartitionPlan mapPartitions() {
        int[] ends = step.getPersistentUserData() instanceof int[] kept ? kept : split(entriesPerHour(), parameters.partitions());
        step.setPersistentUserData(ends);
        Properties[] ranges = new Properties[ends.length];
        for (int p = 0; p < ends.length; p++) {
            ranges[p] = new Properties();
            ranges[p].setProperty("firstHour", Integer.toString(p == 0 ? 0 : ends[p - 1]));
            ranges[p].setProperty("endHour", Integer.toString(ends[p]));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ends.length);
        plan.setThreads(Math.min(ends.length, THREADS));
        plan.setPartitionProperties(ranges);
        return plan;
    }

    private long[] entriesPerHour() {
        return store.entriesPerHour(IntStream.rangeClosed(0, LocalHours.HOURS).mapToObj(parameters::startOfHour).toList());
    }

    /**
     * The end hours of {@code partitions} ranges of consecutive hours, each of at least one hour, cut where the running
     * sum of the hours' weights passes the next equal share (a day without entries: hours shared out evenly).
     */
    static int[] split(long[] weights, int partitions) {
        int hours = weights.length;
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        int[] ends = new int[partitions];
        long sum = 0;
        int p = 0;
        for (int hour = 0; hour < hours && p < partitions - 1; hour++) {
            sum += weights[hour];
            boolean shareReached = total > 0 ? sum * partitions >= total * (p + 1) : (hour + 1) * partitions >= hours * (p + 1);
            boolean hoursLeftForTheRest = hours - (hour + 1) >= partitions - (p + 1);
            if ((shareReached || hours - (hour + 1) == partitions - (p + 1)) && hoursLeftForTheRest) {
                ends[p++] = hour + 1;
            }
        }
        ends[partitions - 1] = hours;
        return ends;
    }
}
