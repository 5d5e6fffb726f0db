package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One action of an automation rule's {@code do}: its kind and the fields that kind takes, as typed. */
public class AutomationActionRow implements Serializable {

    /** The fields of each kind of action, as the automation rules' JSON names them. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "assign", List.of("to", "queue"), "tag", List.of("tags"), "priority", List.of("value"),
            "status", List.of("value"), "note", List.of("text"), "reply", List.of("text", "channel"), "csat", List.of(),
            "escalate", List.of("team", "reason"), "webhook", List.of("url", "secret"));
    static final List<String> ACTIONS = List.of("assign", "tag", "priority", "status", "note", "reply", "csat", "escalate", "webhook");

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
            } else if (action.equals("priority")) {
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
