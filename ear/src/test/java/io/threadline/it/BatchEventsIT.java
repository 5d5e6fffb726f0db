package io.threadline.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a subscriber of the batch events ({@code jms/crm/BatchEventsTopic}, every topic under the batch topic root)
 * hears while a job runs: the execution and its steps start, checkpoint and complete, each event a JSON text message
 * naming the instance (and the execution, for an execution's events) in the body and in properties a selector can use.
 */
class BatchEventsIT extends ContainerTest {

    private static final Duration QUIET = Duration.ofSeconds(5);

    @Test
    void aSubscriberHearsAJobRunFromStartToEnd() throws JMSException {
        BatchJobs jobs = new BatchJobs(base);
        try (JMSContext jms = Jms.context()) {
            JMSConsumer events = Jms.subscribeToBatchEvents(jms);
            long instance = jobs.start("nightly-analytics",
                    Map.of("date", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString()));
            assertEquals("COMPLETED", jobs.finalStatus(instance));

            List<String> topics = new ArrayList<>();
            for (Message m = events.receive(QUIET.toMillis()); m != null; m = events.receive(QUIET.toMillis())) {
                JsonObject body = Json.createReader(new StringReader(m.getBody(String.class))).readObject();
                if (body.getJsonNumber("instanceId") != null && body.getJsonNumber("instanceId").longValue() == instance) {
                    String topic = ((Topic) m.getJMSDestination()).getTopicName();
                    assertEquals(instance, m.getLongProperty("com_ibm_ws_batch_internal_jobInstanceId"), body.toString());
                    if (topic.contains("/execution/")) {
                        assertEquals(body.getJsonNumber("executionId").longValue(),
                                m.getLongProperty("com_ibm_ws_batch_internal_jobExecutionId"), topic + " " + body);
                    }
                    topics.add(topic);
                }
            }
            for (String topic : List.of("batch/jobs/execution/started", "batch/jobs/execution/step/started",
                    "batch/jobs/execution/step/checkpoint", "batch/jobs/execution/step/completed",
                    "batch/jobs/execution/completed")) {
                assertTrue(topics.contains(topic), topic + " was not heard; the run published " + topics);
            }
            assertEquals("batch/jobs/execution/completed", topics.stream()
                    .filter(t -> t.contains("/execution/") && !t.endsWith("/jobLogPart"))
                    .reduce((first, last) -> last).orElse(""), "of the execution's changes, its completion comes last: " + topics);
        }
    }
}
