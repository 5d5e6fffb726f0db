package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduler starts a job once per due time: two servers claiming the same due time at the same moment get it
 * once, a tick that finds it claimed does nothing, and a due time passed while no server ran is started late or only
 * reported, as configured. (Schedules are read from configuration at each tick; the test sets them as system
 * properties of the server.)
 */
class SchedulerIT extends ContainerTest {

    private static final String JOB = "nightly-analytics";
    private static final String KEY = "crm.batch.schedule." + JOB;

    private final String missedJob = "missed-" + Messages.unique();

    @AfterEach
    void tearDown() {
        System.clearProperty(KEY);
        System.clearProperty("crm.batch.schedule." + missedJob);
        System.clearProperty("crm.batch.missed-runs");
    }

    @Test
    void twoServersClaimingOneDueTimeGetItOnce() throws Exception {
        Object runs = new InitialContext().lookup("java:global/threadline/threadline-ejb/ScheduledRuns");
        Instant due = Instant.parse("1999-01-01T00:00:00Z").plusSeconds(Messages.unique().hashCode() & 0xffffff);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        Callable<Boolean> claim = () -> {
            try {
                runs.getClass().getMethod("claim", String.class, Instant.class, Class.forName("io.threadline.scheduling.ScheduledRun$Outcome"),
                                String.class, String.class)
                        .invoke(runs, "claim-test", due, outcome("STARTED"), null, Thread.currentThread().getName());
                return true;
            } catch (java.lang.reflect.InvocationTargetException e) {
                return false;
            }
        };
        List<Future<Boolean>> claims = servers.invokeAll(List.of(claim, claim));
        servers.shutdown();
        assertEquals(1, claims.stream().filter(this::claimed).count(), "exactly one server claimed the due time");
    }

    @Test
    void aTickStartsTheDueJobOnceAndAMissedDueTimeIsStartedLateOrReported() throws Exception {
        Object scheduler = new InitialContext().lookup("java:global/threadline/threadline-batch/JobScheduler");
        Api operator = Api.as(base, "otto");
        ZonedDateTime twoHoursAgo = ZonedDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Instant missed = twoHoursAgo.toInstant();
        Instant claimedBefore = missed.minus(Duration.ofDays(3));
        String daily = twoHoursAgo.getMinute() + " " + twoHoursAgo.getHour() + " * * *";

        System.setProperty("crm.batch.schedule." + missedJob, daily);
        Object runs = new InitialContext().lookup("java:global/threadline/threadline-ejb/ScheduledRuns");
        runs.getClass().getMethod("claim", String.class, Instant.class, Class.forName("io.threadline.scheduling.ScheduledRun$Outcome"),
                String.class, String.class).invoke(runs, missedJob, claimedBefore, outcome("STARTED"), null, "an earlier server");
        System.setProperty("crm.batch.missed-runs", "report");
        tick(scheduler);
        JsonObject reported = runsOf(operator, missedJob).get(0);
        assertEquals(missed.toString(), reported.getString("dueAt"));
        assertEquals("MISSED", reported.getString("outcome"));
        assertEquals("2 earlier due times passed while no server was running", reported.getString("detail"));
        assertTrue(!reported.containsKey("executionId"), "reported, not started");

        Instant everyMinute = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toInstant();
        System.setProperty(KEY, "* * * * *");
        System.clearProperty("crm.batch.missed-runs");
        tick(scheduler);
        tick(scheduler);
        List<JsonObject> runsNow = runsOf(operator, JOB);
        List<JsonObject> started = runsNow.stream().filter(r -> !Instant.parse(r.getString("dueAt")).isBefore(everyMinute)).toList();
        assertTrue(started.size() == 1 || started.size() == 2 && !started.get(0).getString("dueAt").equals(started.get(1).getString("dueAt")),
                "one run per due time: " + started);
        JsonObject run = started.get(started.size() - 1);
        assertTrue(List.of("STARTED", "SKIPPED_RUNNING").contains(run.getString("outcome")), run.toString());
        if (run.getString("outcome").equals("STARTED")) {
            long execution = run.getJsonNumber("executionId").longValue();
            String status = Eventually.get("the scheduled execution to end", Duration.ofSeconds(90), () -> {
                Api.Reply reply = operator.overHttps("/ibm/api/batch/jobexecutions").get("/ibm/api/batch/jobexecutions/" + execution);
                String batchStatus = reply.object().getString("batchStatus");
                return List.of("COMPLETED", "FAILED", "STOPPED").contains(batchStatus) ? Optional.of(batchStatus) : Optional.empty();
            });
            assertEquals("COMPLETED", status, "the scheduled nightly-analytics of yesterday ran");
        }
        System.setProperty(KEY, "off");
        assertEquals("off", schedule(operator, JOB).getString("schedule"));
    }

    private static Object outcome(String name) throws Exception {
        Class<?> outcomes = Class.forName("io.threadline.scheduling.ScheduledRun$Outcome");
        return outcomes.getMethod("valueOf", String.class).invoke(null, name);
    }

    private boolean claimed(Future<Boolean> claim) {
        try {
            return claim.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void tick(Object scheduler) throws Exception {
        scheduler.getClass().getMethod("tick").invoke(scheduler);
    }

    private static JsonObject schedule(Api operator, String job) {
        Api.Reply reply = operator.get("/api/v1/admin/batch/schedules");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("job").equals(job))
                .findFirst().orElseThrow(() -> new AssertionError("no schedule of " + job + ": " + reply.body()));
    }

    private static List<JsonObject> runsOf(Api operator, String job) {
        return schedule(operator, job).getJsonArray("runs").getValuesAs(JsonObject.class);
    }
}
