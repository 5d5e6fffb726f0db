package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;

/** The rule being edited: its name, place, whether it is on, its conditions and what its kind does. */
public class RuleDraft implements Serializable {

    /** The name it is stored under; null for a new rule. */
    private final String storedName;
    private String name;
    private Integer position;
    private boolean enabled = true;
    private ConditionRows when = ConditionRows.of(null);
    private final RuleActionsForm actions;

    private RuleDraft(String storedName, RuleActionsForm actions) {
        this.storedName = storedName;
        this.actions = actions;
    }

    static RuleDraft blank(RuleActionsForm actions, int position) {
        RuleDraft draft = new RuleDraft(null, actions);
        draft.position = position;
        draft.when.add();
        return draft;
    }

    static RuleDraft of(JsonObject rule, RuleActionsForm actions) {
        RuleDraft draft = new RuleDraft(rule.getString("name"), actions);
        draft.read(rule);
        return draft;
    }

    /** Takes everything from a document, as the JSON view hands it back to the form. */
    void read(JsonObject rule) {
        name = rule.getString("name", null);
        position = rule.get("position") instanceof JsonNumber n ? n.intValue() : null;
        enabled = rule.getBoolean("enabled", true);
        when = ConditionRows.of(rule.containsKey("when") ? rule.getJsonObject("when") : null);
        actions.read(rule);
    }

    JsonObject toJson() {
        JsonObjectBuilder rule = Json.createObjectBuilder().add("name", name == null ? "" : name.trim());
        if (position != null) {
            rule.add("position", position);
        }
        rule.add("enabled", enabled).add("when", when.toJson());
        actions.addTo(rule);
        return rule.build();
    }

    public boolean isNew() {
        return storedName == null;
    }

    String storedName() {
        return storedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public ConditionRows getWhen() {
        return when;
    }

    public RuleActionsForm getActions() {
        return actions;
    }
}
