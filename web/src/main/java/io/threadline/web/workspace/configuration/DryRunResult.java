package io.threadline.web.workspace.configuration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.List;

/**
 * What the dry run says about a message, for the panel: its language and urgency, the routing rules rule by rule and
 * where it would go, the SLA policy with its due times, and the automations that would act.
 */
public record DryRunResult(String language, String urgency, String queue, String priority, String tags, String skills,
                           List<Outcome> routingRules, String slaPolicy, List<Due> dueTimes, List<Outcome> slaRules,
                           List<String> automations) implements Serializable {

    /** What became of one rule: MATCHED, NOT_MATCHED, … and why, when the engine says. */
    public record Outcome(String rule, String outcome, String reason) implements Serializable {
    }

    /** A due time of the SLA policy, e.g. firstResponseDueAt. */
    public record Due(String target, String at) implements Serializable {
    }

    static DryRunResult of(JsonObject json) {
        JsonObject routing = json.getJsonObject("routing");
        JsonObject sla = json.getOrDefault("sla", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        List<Due> dueTimes = sla.entrySet().stream().filter(e -> e.getKey().endsWith("DueAt"))
                .map(e -> new Due(e.getKey(), TextLists.text(e.getValue()))).toList();
        List<String> automations = json.getOrDefault("automations", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().stream()
                .map(JsonValue::toString).toList();
        return new DryRunResult(orNone(json.get("language")), TextLists.text(json.get("urgency")), orNone(routing.get("queue")),
                orNone(routing.get("priority")), TextLists.text(routing.get("tags")), TextLists.text(routing.get("skills")),
                outcomes(routing), orNone(sla.get("policy")), dueTimes, outcomes(sla), automations);
    }

    private static List<Outcome> outcomes(JsonObject json) {
        return json.getOrDefault("rules", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(o -> new Outcome(o.getString("rule", ""), o.getString("outcome", ""), o.getString("reason", ""))).toList();
    }

    private static String orNone(JsonValue value) {
        String text = TextLists.text(value);
        return text.isEmpty() ? "none" : text;
    }
}
