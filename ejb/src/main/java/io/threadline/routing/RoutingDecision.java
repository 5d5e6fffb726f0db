package io.threadline.routing;

import io.threadline.rules.RuleOutcome;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

/** Where routing sends a conversation (queue and priority null when no rule said), and why, rule by rule. */
public record RoutingDecision(String queue, Integer priority, List<String> tags, List<String> skills, List<RuleOutcome> explanation) {

    public RoutingDecision {
        tags = List.copyOf(tags);
        skills = List.copyOf(skills);
        explanation = List.copyOf(explanation);
    }

    /** {@code {"queue", "priority", "tags", "skills", "rules": [{"rule", "outcome", "reason"}]}}, null for what no rule set. */
    public JsonObject toJson() {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        explanation.forEach(outcome -> rules.add(outcome.toJson()));
        return Json.createObjectBuilder()
                .add("queue", queue == null ? JsonValue.NULL : Json.createValue(queue))
                .add("priority", priority == null ? JsonValue.NULL : Json.createValue(priority))
                .add("tags", Json.createArrayBuilder(tags))
                .add("skills", Json.createArrayBuilder(skills))
                .add("rules", rules)
                .build();
    }
}
