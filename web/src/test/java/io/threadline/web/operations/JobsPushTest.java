package io.threadline.web.operations;

import jakarta.faces.push.PushContext;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobsPushTest {

    private final List<Object> sent = new ArrayList<>();
    private final JobsPush push = new JobsPush();

    JobsPushTest() {
        push.jobs = new PushContext() {
            @Override
            public Set<Future<Void>> send(Object message) {
                sent.add(message);
                return Set.of();
            }

            @Override
            public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
                throw new AssertionError("the jobs page is told as a whole, not per user");
            }

            @Override
            public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
                throw new AssertionError("the jobs page is told as a whole, not per user");
            }
        };
    }

    @Test
    void aCheckpointTellsThePagesWhichExecutionChangedAndNothingElse() {
        push.announce("batch/jobs/execution/step/checkpoint", Json.createObjectBuilder().add("stepName", "hours")
                .add("executionId", 42).add("instanceId", 40).add("stepExecutionId", 77).build());
        assertEquals(List.of(Map.of("topic", "batch/jobs/execution/step/checkpoint", "executionId", 42L)), sent);
    }

    @Test
    void anInstanceEventHasNoExecutionToName() {
        push.announce("batch/jobs/instance/submitted", Json.createObjectBuilder().add("instanceId", 40).build());
        assertEquals(List.of(Map.of("topic", "batch/jobs/instance/submitted")), sent);
    }

    @Test
    void jobLogPartsChangeNothingThePageShows() {
        push.announce("batch/jobs/execution/jobLogPart", Json.createObjectBuilder().add("executionId", 42).build());
        assertEquals(List.of(), sent);
    }
}
