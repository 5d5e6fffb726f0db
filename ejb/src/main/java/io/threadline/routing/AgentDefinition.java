package io.threadline.routing;

import io.threadline.rules.JsonFields;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an admin says about an agent: {@code {"capacity": {"default": 5, "CHAT": 3}, "skills": ["de"], "teams": ["Finance"]}}.
 * {@code default} is how many open conversations they hold at most in all; a channel's number caps that channel.
 */
public record AgentDefinition(String username, int capacity, Map<Channel, Integer> channelCapacity, Set<String> skills,
                              Set<String> teams) {

    static final int MAX_CAPACITY = 1000;
    private static final String DEFAULT = "default";

    public static AgentDefinition parse(String username, JsonValue body) {
        JsonFields fields = JsonFields.of(body, "", Set.of("username", "capacity", "skills", "teams", "presence"));
        String named = fields.optionalString("username");
        if (named != null && !named.equals(username)) {
            throw new InvalidInputException("username", "'" + named + "' differs from the agent in the address, '" + username + "'");
        }
        int capacity = Agent.DEFAULT_CAPACITY;
        Map<Channel, Integer> perChannel = new EnumMap<>(Channel.class);
        if (fields.has("capacity")) {
            JsonObject limits = fields.value("capacity") instanceof JsonObject o ? o : null;
            if (limits == null) {
                throw new InvalidInputException("capacity", "must be an object such as {\"default\": 5, \"CHAT\": 3}");
            }
            JsonFields capacityFields = JsonFields.of(limits, "capacity", capacityKeys());
            Integer total = capacityFields.optionalInt(DEFAULT, 0, MAX_CAPACITY);
            capacity = total == null ? capacity : total;
            for (String key : limits.keySet()) {
                if (!key.equals(DEFAULT)) {
                    perChannel.put(Channel.valueOf(key), capacityFields.requiredInt(key, 0, MAX_CAPACITY));
                }
            }
        }
        return new AgentDefinition(username, capacity, perChannel, new TreeSet<>(fields.strings("skills")),
                new TreeSet<>(fields.strings("teams")));
    }

    private static Set<String> capacityKeys() {
        Set<String> keys = new TreeSet<>(Set.of(DEFAULT));
        for (Channel channel : Channel.values()) {
            keys.add(channel.name());
        }
        return keys;
    }

    public JsonObject toJson(Presence presence) {
        JsonObjectBuilder limits = Json.createObjectBuilder().add(DEFAULT, capacity);
        new TreeSet<>(channelCapacity.keySet()).forEach(c -> limits.add(c.name(), channelCapacity.get(c)));
        return Json.createObjectBuilder().add("username", username).add("capacity", limits)
                .add("skills", Json.createArrayBuilder(new TreeSet<>(skills)))
                .add("teams", Json.createArrayBuilder(new TreeSet<>(teams)))
                .add("presence", presence.name()).build();
    }
}
