package io.threadline.web.workspace.configuration;

import io.threadline.automation.AutomationAction;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One action of an automation rule's {@code do}: its kind and the fields that kind takes, as typed. */
public class AutomationActionRow implements Serializable {

    /** The fields of each kind of action, as the automation rules' JSON names them. */
    static final Map<String, List<String>> FIELDS = Arrays.stream(AutomationAction.Type.values())
            .collect(Collectors.toUnmodifiableMap(AutomationAction.Type::json, AutomationAction.Type::fields));
    static final List<String> ACTIONS = Arrays.stream(AutomationAction.Type.values()).map(AutomationAction.Type::json).toList();

    private String action = "tag";
    private final Map<String, String> values = new HashMap<>();

    static AutomationActionRow of(JsonObject json) {
        AutomationActionRow row = new AutomationActionRow();
        row.action = json.getString("action", "");
        json.forEach((key, value) -> {
            if (!key.equals("action")) {
                row.values.put(key, TextLists.text(value));
            }
        });
        return row;
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("action", action);
        for (String field : getFields()) {
            String value = values.get(field);
            if (TextLists.blank(value)) {
                continue;
            }
            if (field.equals("tags")) {
                json.add(field, TextLists.array(value));
            } else if (action.equals("priority") || field.equals("max")) {
                json.add(field, TextLists.numberOrText(value));
            } else {
                json.add(field, value.trim());
            }
        }
        return json.build();
    }

    public List<String> getFields() {
        return FIELDS.getOrDefault(action, List.of());
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
