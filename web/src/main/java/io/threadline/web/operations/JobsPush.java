package io.threadline.web.operations;

import io.threadline.web.live.PushDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells the open batch jobs pages that an execution changed, over the Faces push channel {@value #CHANNEL}
 * ({@code <f:websocket channel="jobs">} on {@code /operations/jobs.xhtml}):
 * {@code {"topic":"batch/jobs/execution/step/checkpoint","executionId":42}}. The page re-reads what it shows through
 * its own ajax request, as the signed-in operator; the message carries no job data.
 */
@ApplicationScoped
public class JobsPush {

    static final String CHANNEL = "jobs";

    /** Job log parts change nothing the page shows. */
    private static final String JOB_LOG_PART = "/jobs/execution/jobLogPart";

    @Inject
    @Push(channel = CHANNEL)
    PushContext jobs;

    void announce(String topic, JsonObject event) {
        if (topic == null || topic.endsWith(JOB_LOG_PART)) {
            return;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("topic", topic);
        if (event.get("executionId") instanceof JsonNumber execution) {
            change.put("executionId", execution.longValue());
        }
        PushDelivery.send(jobs, change);
    }
}
