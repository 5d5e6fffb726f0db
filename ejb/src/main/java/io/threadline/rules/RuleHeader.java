package io.threadline.rules;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.HashSet;
import java.util.Set;

/** What every rule has: {@code name} (non-blank, at most 100 characters), {@code position} (≥ 0), {@code enabled} (default true), {@code when}. */
public record RuleHeader(String name, int position, boolean enabled, Conditions when) {

    private static final Set<String> KEYS = Set.of("name", "position", "enabled", "when");

    /** The keys of a header plus those of one kind of rule, for {@link JsonFields#of}. */
    public static Set<String> keysWith(String... ruleKeys) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(Set.of(ruleKeys));
        return Set.copyOf(keys);
    }

    public static RuleHeader read(JsonFields rule) {
        return new RuleHeader(rule.name("name"), rule.requiredInt("position", 0, Integer.MAX_VALUE),
                rule.bool("enabled", true), Conditions.parse(rule.value("when"), rule.path("when")));
    }

    /** The header's keys, for a rule to add its own to. */
    public JsonObjectBuilder toJsonBuilder() {
        return Json.createObjectBuilder().add("name", name).add("position", position).add("enabled", enabled).add("when", when.toJson());
    }
}
