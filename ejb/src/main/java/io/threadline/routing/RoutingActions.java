package io.threadline.routing;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Set;

/** A routing rule's {@code then}: a queue, a priority (1 most urgent … 4), tags to add, skills required; at least one. */
public record RoutingActions(String queue, Integer priority, List<String> tags, List<String> skills) {

    private static final Set<String> KEYS = Set.of("queue", "priority", "tags", "skills");

    public RoutingActions {
        tags = List.copyOf(tags);
        skills = List.copyOf(skills);
    }

    static RoutingActions parse(JsonValue json, String path) {
        if (json == null) {
            throw new InvalidInputException(path, "is required (at least one of queue, priority, tags, skills)");
        }
        JsonFields then = JsonFields.of(json, path, KEYS);
        RoutingActions actions = new RoutingActions(then.optionalString("queue"), then.optionalInt("priority", 1, 4),
                then.strings("tags"), then.strings("skills"));
        if (actions.queue == null && actions.priority == null && actions.tags.isEmpty() && actions.skills.isEmpty()) {
            throw new InvalidInputException(path, "needs at least one action: queue, priority, tags or skills");
        }
        return actions;
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (queue != null) {
            json.add("queue", queue);
        }
        if (priority != null) {
            json.add("priority", priority);
        }
        if (!tags.isEmpty()) {
            json.add("tags", Json.createArrayBuilder(tags));
        }
        if (!skills.isEmpty()) {
            json.add("skills", Json.createArrayBuilder(skills));
        }
        return json.build();
    }
}
