package io.threadline.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** One line of an explanation: what became of one rule, and why when it was not simply (not) matched. */
public record RuleOutcome(String rule, Outcome outcome, String reason) {

    public enum Outcome {
        MATCHED, NOT_MATCHED, SKIPPED, DISABLED
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("rule", rule).add("outcome", outcome.name());
        return (reason == null ? json : json.add("reason", reason)).build();
    }
}
