package io.threadline.automation;

import io.threadline.rules.JsonFields;
import io.threadline.rules.RuleDefinition;
import io.threadline.rules.RuleHeader;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"name", "position", "enabled", "on", "when", "idleFor", "do": [ACTION…]}}: on the event, when the conditions
 * hold, do the actions in order. {@code idleFor} (an ISO-8601 duration) is required with, and only allowed with,
 * {@code "on": "conversation.idle"}.
 */
public record AutomationRuleDefinition(RuleHeader header, AutomationEvent on, Duration idleFor, List<AutomationAction> actions)
        implements RuleDefinition {

    public AutomationRuleDefinition {
        actions = List.copyOf(actions);
    }

    public static AutomationRuleDefinition parse(JsonObject json) {
        JsonFields rule = JsonFields.of(json, "", RuleHeader.keysWith("on", "idleFor", "do"));
        RuleHeader header = RuleHeader.read(rule);
        AutomationEvent on = AutomationEvent.parse(rule.path("on"), rule.requiredString("on"));
        Duration idleFor = rule.optionalDuration("idleFor");
        if (on == AutomationEvent.CONVERSATION_IDLE && idleFor == null) {
            throw new InvalidInputException("idleFor", "is required with on = conversation.idle (e.g. PT48H)");
        }
        if (on != AutomationEvent.CONVERSATION_IDLE && idleFor != null) {
            throw new InvalidInputException("idleFor", "is only allowed with on = conversation.idle, not " + on.json());
        }
        return new AutomationRuleDefinition(header, on, idleFor, actions(rule));
    }

    private static List<AutomationAction> actions(JsonFields rule) {
        List<JsonValue> elements = rule.elements("do");
        if (elements.isEmpty()) {
            throw new InvalidInputException("do", "needs at least one action");
        }
        List<AutomationAction> actions = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            actions.add(AutomationAction.parse(elements.get(i), JsonFields.element("do", i)));
        }
        return actions;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = header.toJsonBuilder().add("on", on.json());
        if (idleFor != null) {
            json.add("idleFor", JsonFields.format(idleFor));
        }
        JsonArrayBuilder actionsJson = Json.createArrayBuilder();
        actions.forEach(action -> actionsJson.add(action.toJson()));
        return json.add("do", actionsJson).build();
    }
}
