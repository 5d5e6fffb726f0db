package io.threadline.web.workspace.configuration;

import io.threadline.automation.AutomationEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An automation rule's event ({@code on}), {@code idleFor} and its list of actions ({@code do}). */
public class AutomationForm implements RuleActionsForm {

    private String on = AutomationEvent.MESSAGE_RECEIVED.json();
    private String idleFor;
    private final List<AutomationActionRow> actions = new ArrayList<>(List.of(new AutomationActionRow()));

    @Override
    public void read(JsonObject rule) {
        on = rule.getString("on", on);
        idleFor = rule.getString("idleFor", null);
        actions.clear();
        rule.getOrDefault("do", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()
                .forEach(action -> actions.add(AutomationActionRow.of(action.asJsonObject())));
    }

    @Override
    public void addTo(JsonObjectBuilder rule) {
        rule.add("on", on);
        if (!TextLists.blank(idleFor)) {
            rule.add("idleFor", idleFor.trim());
        }
        JsonArrayBuilder does = Json.createArrayBuilder();
        actions.forEach(action -> does.add(action.toJson()));
        rule.add("do", does);
    }

    @Override
    public String summary(JsonObject rule) {
        String actionNames = rule.getOrDefault("do", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().stream()
                .map(a -> a.asJsonObject().getString("action", "?")).collect(Collectors.joining(", "));
        return "on " + rule.getString("on", "?") + (rule.containsKey("idleFor") ? " after " + rule.getString("idleFor") : "") + ": " + actionNames;
    }

    public void addAction() {
        actions.add(new AutomationActionRow());
    }

    public void removeAction(int index) {
        actions.remove(index);
    }

    public List<String> getEvents() {
        return Arrays.stream(AutomationEvent.values()).map(AutomationEvent::json).toList();
    }

    public List<String> getActionKinds() {
        return AutomationActionRow.ACTIONS;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getIdleFor() {
        return idleFor;
    }

    public void setIdleFor(String idleFor) {
        this.idleFor = idleFor;
    }

    public List<AutomationActionRow> getActions() {
        return actions;
    }
}
