package io.threadline.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** One line of an explanation: what became of one rule, and why when it was not simply (not) matched. */
public record RuleOutcome(String rule, Outcome outcome, String reason) {

    private static final String NOT_EVALUATED = "not evaluated: ";

    public enum Outcome {
        MATCHED, NOT_MATCHED, SKIPPED, DISABLED
    }

    /** Left out because an earlier rule matched and stops the evaluation: nothing went wrong. */
    static RuleOutcome notEvaluated(String rule, String matchedFirst) {
        return new RuleOutcome(rule, Outcome.SKIPPED, NOT_EVALUATED + "'" + matchedFirst + "' matched first");
    }

    /** Skipped because its conditions failed (a regex that ran too long), not merely left out after a match. */
    public boolean failed() {
        return outcome == Outcome.SKIPPED && !reason.startsWith(NOT_EVALUATED);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("rule", rule).add("outcome", outcome.name());
        return (reason == null ? json : json.add("reason", reason)).build();
    }
}
