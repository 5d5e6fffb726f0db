package io.threadline.it;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Routing, SLA and automation configuration a test puts in place through the admin API as ada, and takes away again
 * (newest first) so that the shared test server is left as it was.
 */
public final class Configuration implements AutoCloseable {

    private final Api admin;
    private final Deque<String> created = new ArrayDeque<>();

    public Configuration(URL base) {
        this.admin = Api.as(base, "ada");
    }

    /** Creates a document of {@code kind} ("queues", "routing-rules", …); 201 expected. */
    public void create(String kind, String json) {
        Api.Reply reply = admin.post("/api/v1/admin/" + kind, json);
        assertEquals(201, reply.status(), reply.body());
        created.push("/api/v1/admin/" + kind + "/" + encode(reply.object().getString("name")));
    }

    /** A business calendar named {@code name} that is open around the clock, every day. */
    public void createAlwaysOpenCalendar(String name, String zone) {
        String allDay = "[\"00:00-24:00\"]";
        create("calendars", "{\"name\": \"" + name + "\", \"zone\": \"" + zone + "\", \"hours\": {"
                + String.join(", ", Stream.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
                .map(day -> "\"" + day + "\": " + allDay).toList()) + "}}");
    }

    /**
     * A business calendar named {@code name} (UTC) open only 09:00-17:00 on the weekday two days from today, so closed
     * now; when it opens next.
     */
    public Instant createCalendarClosedUntilTheDayAfterTomorrow(String name) {
        LocalDate opens = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        create("calendars", "{\"name\": \"" + name + "\", \"zone\": \"UTC\", \"hours\": {\""
                + opens.getDayOfWeek().name().substring(0, 3) + "\": [\"09:00-17:00\"]}}");
        return opens.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    /** A document of {@code kind} by name, as the admin API answers it. */
    public Api.Reply get(String kind, String name) {
        return admin.get("/api/v1/admin/" + kind + "/" + encode(name));
    }

    /** Defines an agent's capacity, skills and teams (agents stay; their presence is set OFFLINE on cleanup). */
    public void agent(String username, String json) {
        Api.Reply reply = admin.put("/api/v1/admin/agents/" + username, json);
        assertEquals(200, reply.status(), reply.body());
        created.push("presence:" + username);
    }

    public void presence(String username, String status) {
        Api.Reply reply = admin.put("/api/v1/agents/" + username + "/presence", "{\"status\": \"" + status + "\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    /**
     * Deletes what was created, newest first, and takes the test's agents offline. A queue that still holds the test's
     * conversations stays (it may not be deleted then), with no rule left that routes to it.
     */
    public void removeAll() {
        while (!created.isEmpty()) {
            String path = created.pop();
            if (path.startsWith("presence:")) {
                presence(path.substring("presence:".length()), "OFFLINE");
                continue;
            }
            Api.Reply reply = admin.delete(path);
            boolean queueInUse = reply.status() == 409 && path.startsWith("/api/v1/admin/queues/")
                    && reply.body().contains("not resolved are in the queue");
            if (!queueInUse) {
                assertEquals(204, reply.status(), path + ": " + reply.body());
            }
        }
    }

    @Override
    public void close() {
        removeAll();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
