package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch operator at Liberty's batch REST API ({@code /ibm/api/batch}), as otto (role batch-operator). */
public final class BatchJobs {

    private final Api operator;

    public BatchJobs(URL base) {
        operator = Api.as(base, "otto").overHttps("/ibm/api/batch/jobinstances");
    }

    /** Submits the job of the batch module; its instance id. */
    public long start(String job, Map<String, String> parameters) {
        String request = Json.createObjectBuilder().add("applicationName", "threadline").add("moduleName", "threadline-batch.war")
                .add("jobXMLName", job).add("jobParameters", json(parameters)).build().toString();
        // Just after the deployment, Liberty's batch API may not find the batch module's context yet.
        Api.Reply submitted = Eventually.get("the batch module to take jobs", Duration.ofSeconds(60), () -> {
            Api.Reply reply = operator.post("/ibm/api/batch/jobinstances", request);
            return reply.status() == 500 && reply.body().contains("Failed to load the application context")
                    ? Optional.empty() : Optional.of(reply);
        });
        assertEquals(201, submitted.status(), submitted.body());
        return submitted.object().getJsonNumber("instanceId").longValue();
    }

    /** The job instance of an execution. */
    public long instanceOf(long execution) {
        Api.Reply reply = operator.get("/ibm/api/batch/jobexecutions/" + execution);
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonNumber("instanceId").longValue();
    }

    /** Starts the job and waits until it completed; the seconds from submission to COMPLETED. */
    public double secondsToComplete(String job, Map<String, String> parameters, Duration limit) {
        long start = System.nanoTime();
        long instance = start(job, parameters);
        assertEquals("COMPLETED", finalStatus(instance, limit), job + " " + parameters + ": " + exitStatus(instance));
        return (System.nanoTime() - start) / 1e9;
    }

    public void restart(long instance, Map<String, String> parameters) {
        Api.Reply restarted = operator.put("/ibm/api/batch/jobinstances/" + instance + "?action=restart",
                Json.createObjectBuilder().add("jobParameters", json(parameters)).build().toString());
        assertTrue(restarted.status() == 200 || restarted.status() == 202, restarted.status() + " " + restarted.body());
    }

    public void stop(long instance) {
        Api.Reply stopped = operator.put("/ibm/api/batch/jobinstances/" + instance + "?action=stop", "{}");
        assertTrue(stopped.status() == 200 || stopped.status() == 202, stopped.status() + " " + stopped.body());
    }

    /** The instance's batch status once it ended: COMPLETED, FAILED, STOPPED or ABANDONED. */
    public String finalStatus(long instance) {
        return finalStatus(instance, Duration.ofSeconds(120));
    }

    /** As above; a status request that times out (a server saturated by the job itself) is asked again. */
    public String finalStatus(long instance, Duration limit) {
        return Eventually.get("job instance " + instance + " to finish", limit, () -> {
            Api.Reply reply;
            try {
                reply = operator.get("/ibm/api/batch/jobinstances/" + instance);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof SocketTimeoutException) {
                    return Optional.empty();
                }
                throw e;
            }
            assertEquals(200, reply.status(), reply.body());
            String status = reply.object().getString("batchStatus");
            return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status) ? Optional.of(status) : Optional.empty();
        });
    }

    /** The exit status of the instance's latest execution: what the job said it did, or why it failed. */
    public String exitStatus(long instance) {
        return latestExecution(instance).getString("exitStatus", null);
    }

    public long latestExecutionId(long instance) {
        return latestExecution(instance).getJsonNumber("executionId").longValue();
    }

    private JsonObject latestExecution(long instance) {
        Api.Reply reply = operator.get("/ibm/api/batch/jobinstances/" + instance + "/jobexecutions");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream()
                .max(Comparator.comparingLong(e -> e.getJsonNumber("executionId").longValue())).orElseThrow();
    }

    /** The instance's job log, all executions, as text: where a failed job says why. */
    public String log(long instance) {
        Api.Reply log = operator.get("/ibm/api/batch/jobinstances/" + instance + "/joblogs?type=text");
        assertEquals(200, log.status(), log.body());
        return log.body();
    }

    private static JsonObjectBuilder json(Map<String, String> parameters) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        parameters.forEach(json::add);
        return json;
    }
}
