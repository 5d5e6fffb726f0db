package io.threadline.web.api;

import io.threadline.scheduling.JobSchedules;
import io.threadline.scheduling.ScheduledRun;
import io.threadline.scheduling.ScheduledRuns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/**
 * {@code GET /api/v1/admin/batch/schedules}: each job's schedule (expression, the next due time, or why the
 * configured expression is not one) with its latest scheduled runs and what came of them.
 */
@Path("/admin/batch/schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class BatchSchedulesResource {

    static final int RUNS_SHOWN = 20;

    @Inject
    JobSchedules schedules;

    @EJB
    ScheduledRuns runs;

    @GET
    public JsonArray schedules() {
        Instant now = Instant.now();
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JobSchedules.Entry entry : schedules.all()) {
            JsonObjectBuilder job = Json.createObjectBuilder().add("job", entry.job()).add("schedule", entry.expression());
            if (entry.error() != null) {
                job.add("error", entry.error());
            }
            if (entry.isActive()) {
                entry.schedule().nextDue(now).ifPresent(next -> job.add("nextDueAt", next.toString()));
            }
            JsonArrayBuilder recent = Json.createArrayBuilder();
            for (ScheduledRun run : runs.recent(entry.job(), RUNS_SHOWN)) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("dueAt", run.getDueAt().toString())
                        .add("outcome", run.getOutcome().name()).add("server", run.getServer());
                if (run.getDetail() != null) {
                    item.add("detail", run.getDetail());
                }
                if (run.getExecutionId() != null) {
                    item.add("executionId", run.getExecutionId());
                }
                recent.add(item);
            }
            all.add(job.add("runs", recent));
        }
        return all.build();
    }
}
