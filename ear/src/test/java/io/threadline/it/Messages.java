package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Canonical inbound messages for tests, in the documented JSON shape. */
public final class Messages {

    private Messages() {
    }

    public static String canonical(String channel, String externalId, String handle, String name, String text, String sentAt) {
        JsonObjectBuilder from = Json.createObjectBuilder().add("handle", handle);
        if (name != null) {
            from.add("name", name);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("channel", channel).add("externalId", externalId)
                .add("from", from).add("text", text);
        if (sentAt != null) {
            json.add("sentAt", sentAt);
        }
        return json.build().toString();
    }

    /** A suffix that keeps one test run's customers apart from every other run's on a shared database. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A valid San Francisco number that no other test run is likely to use. */
    public static String uniquePhone() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("+1415%03d%04d", 220 + random.nextInt(70), random.nextInt(10_000));
    }
}
