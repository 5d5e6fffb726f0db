package io.threadline.routing;

import io.threadline.rules.JsonFields;
import io.threadline.rules.RuleDefinition;
import io.threadline.rules.RuleHeader;
import jakarta.json.JsonObject;

/**
 * {@code {"name", "position", "enabled", "when", "then": {"queue", "priority", "tags", "skills"}, "continue"}}:
 * when a conversation matches, route it as {@code then} says; with {@code continue} (default false) later rules are
 * still evaluated.
 */
public record RoutingRuleDefinition(RuleHeader header, RoutingActions then, boolean continueAfterMatch) implements RuleDefinition {

    public static RoutingRuleDefinition parse(JsonObject json) {
        JsonFields rule = JsonFields.of(json, "", RuleHeader.keysWith("then", "continue"));
        return new RoutingRuleDefinition(RuleHeader.read(rule), RoutingActions.parse(rule.value("then"), rule.path("then")),
                rule.bool("continue", false));
    }

    public JsonObject toJson() {
        return header.toJsonBuilder().add("then", then.toJson()).add("continue", continueAfterMatch).build();
    }
}
