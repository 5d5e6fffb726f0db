package io.threadline.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Reads customers and timelines through the read API, as an agent sees them. */
public final class Timeline {

    private final Api agent;

    public Timeline(Api agent) {
        this.agent = agent;
    }

    public List<JsonObject> customersWith(String identity) {
        Api.Reply reply = agent.get("/api/v1/customers?identity=" + URLEncoder.encode(identity, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("Lookup of " + identity + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.array().getValuesAs(JsonObject.class);
    }

    public JsonObject customerWith(String identity) {
        return Eventually.get("a customer with identity " + identity, Duration.ofSeconds(30), () -> {
            List<JsonObject> found = customersWith(identity);
            if (found.size() > 1) {
                throw new AssertionError("Several customers own " + identity + ": " + found);
            }
            return found.stream().findFirst();
        });
    }

    public List<JsonObject> entriesOf(long customerId) {
        Api.Reply reply = agent.get("/api/v1/customers/" + customerId + "/timeline");
        if (reply.status() != 200) {
            throw new AssertionError("Timeline of " + customerId + " answered " + reply.status() + ": " + reply.body());
        }
        JsonArray entries = reply.array();
        return entries.getValuesAs(JsonObject.class);
    }

    /** Waits until the customer's timeline holds an entry with this text. */
    public JsonObject entryWithText(long customerId, String text) {
        return Eventually.get("an entry '" + text + "' on customer " + customerId, Duration.ofSeconds(30), () ->
                entriesOf(customerId).stream().filter(e -> text.equals(e.getString("text", null))).findFirst());
    }
}
