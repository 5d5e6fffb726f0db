package io.threadline.batch.analytics;

import io.threadline.reporting.LocalHours;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Properties;

/**
 * Splits the day's 24 local hours into {@code partitions} ranges ({@code firstHour} included, {@code endHour} not);
 * each partition counts its hours one at a time, with a checkpoint after each.
 */
@Named
@Dependent
public class HourRangeMapper implements PartitionMapper {

    @Inject
    AnalyticsParameters parameters;

    @Override
    public PartitionPlan mapPartitions() {
        int partitions = parameters.partitions();
        Properties[] ranges = new Properties[partitions];
        for (int p = 0; p < partitions; p++) {
            ranges[p] = new Properties();
            ranges[p].setProperty("firstHour", Integer.toString(LocalHours.HOURS * p / partitions));
            ranges[p].setProperty("endHour", Integer.toString(LocalHours.HOURS * (p + 1) / partitions));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(Math.min(partitions, 2));
        plan.setPartitionProperties(ranges);
        return plan;
    }
}
