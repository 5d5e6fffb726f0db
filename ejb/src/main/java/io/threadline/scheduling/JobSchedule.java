package io.threadline.scheduling;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a job runs: a Unix cron expression (minute hour day-of-month month day-of-week, e.g. {@code 30 2 * * *} for
 * 02:30 every day) in a zone, parsed and checked by cron-utils.
 */
public final class JobSchedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String job;
    private final String expression;
    private final ExecutionTime times;
    private final ZoneId zone;

    private JobSchedule(String job, String expression, Cron cron, ZoneId zone) {
        this.job = job;
        this.expression = expression;
        this.times = ExecutionTime.forCron(cron);
        this.zone = zone;
    }

    /** The schedule, or an {@link IllegalArgumentException} naming the key and what is wrong with the expression. */
    public static JobSchedule parse(String job, String expression, ZoneId zone) {
        try {
            Cron cron = PARSER.parse(expression.trim());
            cron.validate();
            return new JobSchedule(job, expression.trim(), cron, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(JobSchedules.KEY_PREFIX + job + ": '" + expression
                    + "' is not a cron expression (minute hour day-of-month month day-of-week): " + e.getMessage(), e);
        }
    }

    public String job() {
        return job;
    }

    public String expression() {
        return expression;
    }

    /** The latest time at or before {@code now} the job was due. */
    public Optional<Instant> lastDue(Instant now) {
        Instant justAfter = now.plusSeconds(1);
        return times.lastExecution(justAfter.atZone(zone)).map(t -> t.toInstant()).filter(t -> !t.isAfter(now));
    }

    /** The next time after {@code now} the job is due. */
    public Optional<Instant> nextDue(Instant now) {
        return times.nextExecution(now.atZone(zone)).map(t -> t.toInstant());
    }

    /** How many due times fall in (after, upTo]. */
    public int dueTimesBetween(Instant after, Instant upTo) {
        int count = 0;
        Optional<Instant> next = nextDue(after);
        while (next.isPresent() && !next.get().isAfter(upTo) && count < 10_000) {
            count++;
            next = nextDue(next.get());
        }
        return count;
    }
}
