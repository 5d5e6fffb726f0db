package io.threadline.routing;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A queue: {@code {"name": "finance", "team": "Finance", "mode": "PUSH|PULL", "strategy": "ROUND_ROBIN|LEAST_LOADED",
 * "skills": ["billing"]}}. In a PUSH queue routing assigns each conversation to an online member of the team with room
 * and the skills; in a PULL queue conversations wait until an agent takes one. A queue without a team is served by
 * every agent.
 */
public record QueueDefinition(String name, String team, Mode mode, Strategy strategy, Set<String> skills) {

    public enum Mode { PUSH, PULL }

    public enum Strategy { ROUND_ROBIN, LEAST_LOADED }

    public static QueueDefinition parse(JsonValue body) {
        JsonFields fields = JsonFields.of(body, "", Set.of("name", "team", "mode", "strategy", "skills"));
        return new QueueDefinition(fields.name("name"), fields.optionalString("team"),
                choice(fields, "mode", Mode.class, Mode.PULL), choice(fields, "strategy", Strategy.class, Strategy.ROUND_ROBIN),
                new TreeSet<>(fields.strings("skills")));
    }

    private static <E extends Enum<E>> E choice(JsonFields fields, String key, Class<E> type, E defaultValue) {
        String text = fields.optionalString(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public boolean servedBy(Agent agent) {
        return team == null || agent.isIn(team);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", name);
        if (team != null) {
            json.add("team", team);
        }
        return json.add("mode", mode.name()).add("strategy", strategy.name())
                .add("skills", Json.createArrayBuilder(skills)).build();
    }
}
