package io.threadline.web.workspace.configuration;

import io.threadline.conversation.ConversationStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An SLA policy's calendar, targets (ISO-8601 durations such as PT1H), warnAt and pauseWhen. */
public class SlaPolicyForm implements RuleActionsForm {

    static final List<String> TARGETS = List.of("firstResponse", "nextResponse", "resolution");
    static final List<String> PAUSABLE = Arrays.stream(ConversationStatus.values())
            .filter(s -> s != ConversationStatus.RESOLVED).map(Enum::name).toList();

    private String calendar;
    private String firstResponse;
    private String nextResponse;
    private String resolution;
    private String warnAt = "0.8";
    private List<String> pauseWhen = new ArrayList<>(List.of("PENDING"));

    @Override
    public void read(JsonObject policy) {
        calendar = policy.getString("calendar", null);
        JsonObject targets = policy.getOrDefault("targets", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        firstResponse = targets.getString("firstResponse", null);
        nextResponse = targets.getString("nextResponse", null);
        resolution = targets.getString("resolution", null);
        warnAt = TextLists.number(policy.get("warnAt"));
        pauseWhen = new ArrayList<>(TextLists.split(TextLists.text(policy.get("pauseWhen"))));
    }

    @Override
    public void addTo(JsonObjectBuilder policy) {
        if (!TextLists.blank(calendar)) {
            policy.add("calendar", calendar);
        }
        JsonObjectBuilder targets = Json.createObjectBuilder();
        addDuration(targets, "firstResponse", firstResponse);
        addDuration(targets, "nextResponse", nextResponse);
        addDuration(targets, "resolution", resolution);
        policy.add("targets", targets);
        if (!TextLists.blank(warnAt)) {
            policy.add("warnAt", TextLists.numberOrText(warnAt));
        }
        policy.add("pauseWhen", Json.createArrayBuilder(pauseWhen));
    }

    private static void addDuration(JsonObjectBuilder targets, String target, String duration) {
        if (!TextLists.blank(duration)) {
            targets.add(target, duration.trim());
        }
    }

    @Override
    public String summary(JsonObject policy) {
        JsonObject targets = policy.getOrDefault("targets", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        List<String> parts = new ArrayList<>();
        TARGETS.stream().filter(targets::containsKey).forEach(t -> parts.add(t + " " + targets.getString(t)));
        parts.add(policy.containsKey("calendar") ? "in " + policy.getString("calendar") + " hours" : "24/7");
        return String.join(", ", parts);
    }

    public List<String> getPausableStatuses() {
        return PAUSABLE;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getFirstResponse() {
        return firstResponse;
    }

    public void setFirstResponse(String firstResponse) {
        this.firstResponse = firstResponse;
    }

    public String getNextResponse() {
        return nextResponse;
    }

    public void setNextResponse(String nextResponse) {
        this.nextResponse = nextResponse;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getWarnAt() {
        return warnAt;
    }

    public void setWarnAt(String warnAt) {
        this.warnAt = warnAt;
    }

    public List<String> getPauseWhen() {
        return pauseWhen;
    }

    public void setPauseWhen(List<String> pauseWhen) {
        this.pauseWhen = pauseWhen;
    }
}
