package io.threadline.rules;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rule's {@code "when": {"all": [COND…], "any": [COND…]}}: every condition of {@code all} and at least one of
 * {@code any} (when it has any). A missing or empty {@code when} matches everything. Immutable.
 * <p>
 * A {@code matches} condition runs within a time budget for the whole evaluation (50 ms unless told otherwise) and
 * looks at the first {@value #MAX_TEXT_EXAMINED} characters of a text; past the budget it throws a
 * {@link RuleTimeoutException}.
 */
public final class Conditions {

    public static final Duration DEFAULT_REGEX_BUDGET = Duration.ofMillis(50);
    public static final int MAX_TEXT_EXAMINED = 20_000;

    private static final Conditions ALWAYS = new Conditions(List.of(), List.of());
    private static final Set<String> KEYS = Set.of("all", "any");

    private final List<Condition> all;
    private final List<Condition> any;

    private Conditions(List<Condition> all, List<Condition> any) {
        this.all = all;
        this.any = any;
    }

    public static Conditions always() {
        return ALWAYS;
    }

    /** Parses the {@code when} at {@code path} (null for none); 400 naming e.g. {@code when.all[1].op}. */
    public static Conditions parse(JsonValue when, String path) {
        if (when == null || when == JsonValue.NULL) {
            return ALWAYS;
        }
        JsonFields fields = JsonFields.of(when, path, KEYS);
        return new Conditions(list(fields, "all"), list(fields, "any"));
    }

    private static List<Condition> list(JsonFields fields, String key) {
        List<JsonValue> elements = fields.elements(key);
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            conditions.add(Condition.parse(elements.get(i), JsonFields.element(fields.path(key), i)));
        }
        return List.copyOf(conditions);
    }

    public boolean matches(Facts facts) {
        return matches(facts, DEFAULT_REGEX_BUDGET);
    }

    /** @throws RuleTimeoutException when regular expressions took longer than {@code regexBudget} */
    public boolean matches(Facts facts, Duration regexBudget) {
        long deadline = System.nanoTime() + regexBudget.toNanos();
        return all.stream().allMatch(c -> c.matches(facts, deadline))
                && (any.isEmpty() || any.stream().anyMatch(c -> c.matches(facts, deadline)));
    }

    /** The conditions as parsed, in canonical form; an empty list is left out. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (!all.isEmpty()) {
            json.add("all", array(all));
        }
        if (!any.isEmpty()) {
            json.add("any", array(any));
        }
        return json.build();
    }

    /** The calendars named by {@code businessHours} conditions, so a service can check that they exist. */
    public Set<String> calendars() {
        return names(ConditionField.BUSINESS_HOURS);
    }

    /** The queues named by {@code queue} conditions. */
    public Set<String> queues() {
        return names(ConditionField.QUEUE);
    }

    private Set<String> names(ConditionField field) {
        return Stream.concat(all.stream(), any.stream()).flatMap(c -> c.names(field)).collect(Collectors.toUnmodifiableSet());
    }

    private static JsonArrayBuilder array(List<Condition> conditions) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        conditions.forEach(c -> array.add(c.toJson()));
        return array;
    }
}
