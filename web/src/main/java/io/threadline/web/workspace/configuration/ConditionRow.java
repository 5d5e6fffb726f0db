package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.Set;

/** One condition of a rule as its editor row shows it: whether all or any, the field, the operator, the value as typed. */
public class ConditionRow implements Serializable {

    private static final Set<String> LISTS = Set.of("in", "containsWord");
    private static final Set<String> NUMBERS = Set.of("gte", "lte");

    private String group = "all";
    private String field = "text";
    private String op = "containsWord";
    private String value;

    static ConditionRow of(String group, JsonObject condition) {
        ConditionRow row = new ConditionRow();
        row.group = group;
        row.field = condition.getString("field", "");
        row.op = condition.getString("op", "");
        row.value = TextLists.text(condition.get("value"));
        return row;
    }

    /** The condition as JSON; "a, b" becomes a list for {@code in} and {@code containsWord}, urgency a number. */
    JsonObject toJson() {
        return Json.createObjectBuilder().add("field", field).add("op", op).add("value", typedValue()).build();
    }

    private JsonValue typedValue() {
        String text = value == null ? "" : value;
        boolean numeric = NUMBERS.contains(op) || "urgency".equals(field);
        if (LISTS.contains(op) && (op.equals("in") || text.contains(","))) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            TextLists.split(text).forEach(v -> values.add(numeric ? TextLists.numberOrText(v) : Json.createValue(v)));
            return values.build();
        }
        return numeric ? TextLists.numberOrText(text) : Json.createValue(text);
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOp() {
        return op;
    }

    public void setOp(String op) {
        this.op = op;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
