package io.threadline.web.workspace.configuration;

import io.threadline.rules.Operator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule's {@code when} as the shared condition editor edits it: a row per condition, each in {@code all} (every one
 * must hold) or {@code any} (one of them must), rows added and removed.
 */
public class ConditionRows implements Serializable {

    /** The fields the editor offers; {@code customer.<key>} of an enrichment is written in the JSON view. */
    static final List<String> FIELDS = List.of("channel", "subject", "text", "language", "urgency", "customer.tier", "tag",
            "queue", "businessHours");
    static final List<String> GROUPS = List.of("all", "any");

    private final List<ConditionRow> rows = new ArrayList<>();

    static ConditionRows of(JsonObject when) {
        ConditionRows conditions = new ConditionRows();
        if (when != null) {
            GROUPS.forEach(group -> when.getOrDefault(group, JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
                    .forEach(c -> conditions.rows.add(ConditionRow.of(group, c.asJsonObject()))));
        }
        return conditions;
    }

    /** A rule's conditions in one line for its list: "text containsWord refund; any of: channel is SMS, …". */
    static String summary(JsonObject when) {
        ConditionRows conditions = of(when);
        if (conditions.rows.isEmpty()) {
            return "always";
        }
        List<String> groups = new ArrayList<>();
        for (String group : GROUPS) {
            List<String> lines = conditions.rows.stream().filter(r -> group.equals(r.getGroup()))
                    .map(r -> r.getField() + " " + r.getOp() + " " + r.getValue()).toList();
            if (!lines.isEmpty()) {
                groups.add((group.equals("any") ? "any of: " : "") + String.join(group.equals("any") ? ", " : " and ", lines));
            }
        }
        return String.join("; ", groups);
    }

    JsonObject toJson() {
        var when = Json.createObjectBuilder();
        for (String group : GROUPS) {
            JsonArrayBuilder conditions = Json.createArrayBuilder();
            rows.stream().filter(r -> group.equals(r.getGroup())).forEach(r -> conditions.add(r.toJson()));
            JsonValue built = conditions.build();
            if (!built.asJsonArray().isEmpty()) {
                when.add(group, built);
            }
        }
        return when.build();
    }

    public List<ConditionRow> getRows() {
        return rows;
    }

    public void add() {
        rows.add(new ConditionRow());
    }

    public void remove(int index) {
        rows.remove(index);
    }

    public List<String> getFields() {
        return FIELDS;
    }

    public List<String> getGroups() {
        return GROUPS;
    }

    public List<String> getOperators() {
        return Arrays.stream(Operator.values()).map(Operator::json).toList();
    }
}
