package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What enterprise IT monitors: readiness, liveness and the pipeline metrics. */
class OperationsIT extends ContainerTest {

    @Test
    void readinessReportsTheDatabaseAndTheMessagingEngine() {
        Api.Reply ready = Api.as(base, null).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject check = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("threadline-dependencies")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        assertEquals("UP", check.getJsonObject("data").getString("database"));
        assertEquals("UP", check.getJsonObject("data").getString("messaging"));
        Api.Reply live = Api.as(base, null).get("/health/live");
        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().contains("heapUsedAfterLastGcBytes"), live.body());
    }

    @Test
    void theMetricsCountWhatThePipelineDid() {
        Metrics metrics = new Metrics(base);
        double processed = metrics.counter("threadline_inbound_processed");
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("CHAT", "m-" + Messages.unique(),
                "visitor-" + Messages.unique(), null, "counted", null));
        Eventually.get("the processed counter to move", Duration.ofSeconds(30), () ->
                metrics.counter("threadline_inbound_processed") > processed ? Optional.of(true) : Optional.empty());
        String body = metrics.text();
        assertTrue(body.contains("threadline_inbound_queue_depth"), body);
    }
}
