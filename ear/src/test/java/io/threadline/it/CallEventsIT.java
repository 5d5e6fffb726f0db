package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The telephony system reports calls as events; each call is one timeline entry that fills in as they arrive. */
class CallEventsIT extends ContainerTest {

    private static final String PATH = "/api/v1/channels/calls";

    private Api pbx;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        pbx = Api.as(base, "erp");
        timeline = new Timeline(Api.as(base, "alice"));
    }

    @Test
    void anInboundCallIsOneEntryThatFillsInAsItsEventsArrive() {
        String phone = Messages.uniquePhone();
        String call = "CA" + Messages.unique();
        pbx.post("/api/v1/messages", Messages.canonical("SMS", "SM" + call, phone, null, "I'll call you in a minute", null));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();

        assertEquals(202, pbx.post(PATH, """
                {"callId": "%s", "event": "started", "direction": "inbound", "from": "%s", "to": "+14155550199",
                 "occurredAt": "2026-11-23T10:00:00Z", "callerName": "Lena"}""".formatted(call, phone)).status());
        JsonObject entry = Eventually.get("the started call", Duration.ofSeconds(30), () -> callEntry(customer, call));
        assertEquals("STARTED", entry.getJsonObject("call").getString("status"));

        assertEquals(202, pbx.post(PATH, """
                {"callId": "%s", "event": "ended", "direction": "inbound", "from": "%s", "occurredAt": "2026-11-23T10:04:05Z",
                 "durationSeconds": 245, "recordingUrl": "https://pbx.example.com/recordings/%s.mp3"}""".formatted(call, phone, call)).status());
        assertEquals(202, pbx.post(PATH, """
                {"callId": "%s", "event": "transcript", "direction": "inbound", "from": "%s",
                 "transcript": "Customer asked where the return label is."}""".formatted(call, phone)).status());

        JsonObject filled = Eventually.get("the call filled in", Duration.ofSeconds(30), () -> callEntry(customer, call)
                .filter(e -> "Customer asked where the return label is.".equals(e.getString("text", null))
                        && "ENDED".equals(e.getJsonObject("call").getString("status"))));
        assertEquals("CALL", filled.getString("type"));
        assertEquals("INBOUND", filled.getString("direction"));
        assertEquals("2026-11-23T10:00:00Z", filled.getString("occurredAt"), "the call's time is when it started");
        assertEquals(245, filled.getJsonObject("call").getInt("durationSeconds"));
        assertEquals("https://pbx.example.com/recordings/" + call + ".mp3", filled.getJsonObject("call").getString("recordingUrl"));
        assertEquals(1, timeline.entriesOf(customer).stream().filter(e -> call.equals(e.getString("externalId", null))).count());
    }

    @Test
    void eventsOutOfOrderNeverMakeAFinishedCallLookOngoingAndOutboundMissedCallsAreKept() {
        String phone = Messages.uniquePhone();
        String call = "CA" + Messages.unique();
        pbx.post(PATH, """
                {"callId": "%s", "event": "missed", "direction": "outbound", "from": "+14155550199", "to": "%s",
                 "occurredAt": "2026-11-23T11:00:00Z"}""".formatted(call, phone));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        Eventually.get("the missed call", Duration.ofSeconds(30), () -> callEntry(customer, call));
        pbx.post(PATH, """
                {"callId": "%s", "event": "started", "direction": "outbound", "to": "%s", "occurredAt": "2026-11-23T11:00:00Z",
                 "recordingUrl": "https://pbx.example.com/recordings/%s.mp3"}""".formatted(call, phone, call));

        JsonObject missed = Eventually.get("the late started event applied", Duration.ofSeconds(30), () -> callEntry(customer, call)
                .filter(e -> e.getJsonObject("call").containsKey("recordingUrl")));
        assertEquals("OUTBOUND", missed.getString("direction"));
        assertEquals("MISSED", missed.getJsonObject("call").getString("status"));
    }

    @Test
    void badEventsAreRefusedNamingTheFieldTheCallerSent() {
        String phone = Messages.uniquePhone();
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case("{\"event\": \"started\", \"from\": \"" + phone + "\"}", "callId"),
                new Case("{\"callId\": \"CA1\", \"event\": \"ringing\", \"from\": \"" + phone + "\"}", "event"),
                new Case("{\"callId\": \"CA1\", \"event\": \"started\", \"from\": \"+1 555\"}", "from"),
                new Case("{\"callId\": \"CA1\", \"event\": \"started\", \"direction\": \"outbound\", \"from\": \"" + phone + "\"}", "to"),
                new Case("{\"callId\": \"CA1\", \"event\": \"ended\", \"from\": \"" + phone + "\", \"durationSeconds\": -3}", "durationSeconds"),
                new Case("{\"callId\": \"CA1\", \"event\": \"ended\", \"from\": \"" + phone + "\", \"occurredAt\": \"noon\"}", "occurredAt"))) {
            Api.Reply reply = pbx.post(PATH, c.body());
            assertEquals(400, reply.status(), c.body() + " -> " + reply.body());
            assertEquals(c.field(), reply.object().getString("field"), reply.body());
        }
        assertEquals(List.of(), timeline.customersWith(phone));
        assertEquals(403, Api.as(base, "alice").post(PATH, "{}").status());
    }

    private Optional<JsonObject> callEntry(long customer, String call) {
        return timeline.entriesOf(customer).stream().filter(e -> call.equals(e.getString("externalId", null))).findFirst();
    }
}
