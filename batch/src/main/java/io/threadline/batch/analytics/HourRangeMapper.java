package io.threadline.batch.analytics;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Splits the day into {@code partitions} ranges of whole hours (a day of 23 or 25 hours, at a clock change, too); each
 * partition reads its range's messages with a checkpoint of its own.
 */
@Named
@Dependent
public class HourRangeMapper implements PartitionMapper {

    @Inject
    AnalyticsParameters parameters;

    @Override
    public PartitionPlan mapPartitions() {
        Instant start = parameters.start();
        long hours = Duration.between(start, parameters.end()).toHours();
        int partitions = (int) Math.min(parameters.partitions(), hours);
        Properties[] ranges = new Properties[partitions];
        for (int p = 0; p < partitions; p++) {
            ranges[p] = new Properties();
            ranges[p].setProperty("from", start.plus(Duration.ofHours(hours * p / partitions)).toString());
            ranges[p].setProperty("to", start.plus(Duration.ofHours(hours * (p + 1) / partitions)).toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(Math.min(partitions, 2));
        plan.setPartitionProperties(ranges);
        return plan;
    }
}
