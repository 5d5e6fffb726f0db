package io.threadline.retention;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A retention run as admins read it: its policy (the cutoff of each target, null where off), when it ran, what it
 * counted, and, when asked for, a page of its actions in the order they were done ({@code actions} null otherwise).
 */
public record RetentionRunView(long id, RetentionPolicy policy, Instant startedAt, Instant finishedAt,
                               Map<RetentionTarget, Long> counts, List<ActionView> actions) {

    public record ActionView(long id, RetentionTarget target, String subject, String detail, Instant at) {

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("target", target.wireName())
                    .add("subject", subject).add("at", at.toString());
            return (detail == null ? json.addNull("detail") : json.add("detail", detail)).build();
        }
    }

    public String summary() {
        return new RetentionSummary(policy, counts).toString();
    }

    public JsonObject toJson() {
        JsonObjectBuilder cutoffs = Json.createObjectBuilder();
        JsonObjectBuilder counted = Json.createObjectBuilder();
        for (RetentionTarget target : RetentionTarget.values()) {
            policy.cutoff(target).ifPresentOrElse(c -> cutoffs.add(target.parameter(), c.toString()),
                    () -> cutoffs.addNull(target.parameter()));
            counted.add(target.wireName(), counts.getOrDefault(target, 0L));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("dryRun", policy.dryRun())
                .add("asOf", policy.asOf().toString()).add("cutoffs", cutoffs).add("startedAt", startedAt.toString());
        json = finishedAt == null ? json.addNull("finishedAt") : json.add("finishedAt", finishedAt.toString());
        json.add("summary", summary()).add("counts", counted);
        if (actions != null) {
            JsonArrayBuilder listed = Json.createArrayBuilder();
            actions.forEach(a -> listed.add(a.toJson()));
            json.add("actions", listed);
        }
        return json.build();
    }
}
