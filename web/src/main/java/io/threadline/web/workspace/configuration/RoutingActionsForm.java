package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** A routing rule's {@code then} (queue, priority, tags, skills) and {@code continue}. */
public class RoutingActionsForm implements RuleActionsForm {

    private String queue;
    private Integer priority;
    private String tags;
    private String skills;
    private boolean continueAfterMatch;

    @Override
    public void read(JsonObject rule) {
        JsonObject then = rule.getOrDefault("then", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        queue = then.getString("queue", null);
        priority = then.get("priority") instanceof JsonNumber n ? n.intValue() : null;
        tags = TextLists.text(then.get("tags"));
        skills = TextLists.text(then.get("skills"));
        continueAfterMatch = rule.getBoolean("continue", false);
    }

    @Override
    public void addTo(JsonObjectBuilder rule) {
        JsonObjectBuilder then = Json.createObjectBuilder();
        if (!TextLists.blank(queue)) {
            then.add("queue", queue);
        }
        if (priority != null) {
            then.add("priority", priority);
        }
        then.add("tags", TextLists.array(tags)).add("skills", TextLists.array(skills));
        rule.add("then", then).add("continue", continueAfterMatch);
    }

    @Override
    public String summary(JsonObject rule) {
        JsonObject then = rule.getOrDefault("then", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        List<String> parts = new ArrayList<>();
        if (then.containsKey("queue")) {
            parts.add("queue " + then.getString("queue"));
        }
        if (then.containsKey("priority")) {
            parts.add("priority " + then.get("priority"));
        }
        if (then.containsKey("tags")) {
            parts.add("tags " + TextLists.text(then.get("tags")));
        }
        if (then.containsKey("skills")) {
            parts.add("skills " + TextLists.text(then.get("skills")));
        }
        if (rule.getBoolean("continue", false)) {
            parts.add("then continue");
        }
        return String.join(", ", parts);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public boolean isContinueAfterMatch() {
        return continueAfterMatch;
    }

    public void setContinueAfterMatch(boolean continueAfterMatch) {
        this.continueAfterMatch = continueAfterMatch;
    }
}
