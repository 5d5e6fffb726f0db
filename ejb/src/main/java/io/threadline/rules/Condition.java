package io.threadline.rules;

import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** One {@code {"field", "op", "value"}}, checked when parsed and ready to test. */
final class Condition {

    private static final Set<String> KEYS = Set.of("field", "op", "value");

    @FunctionalInterface
    private interface Test {
        boolean matches(Facts facts, long deadlineNanos);
    }

    private final String field;
    private final ConditionField kind;
    private final Operator op;
    private final JsonValue value;
    private final Test test;

    private Condition(String field, ConditionField kind, Operator op, JsonValue value, Test test) {
        this.field = field;
        this.kind = kind;
        this.op = op;
        this.value = value;
        this.test = test;
    }

    static Condition parse(JsonValue json, String path) {
        JsonFields fields = JsonFields.of(json, path, KEYS);
        String field = fields.requiredString("field");
        ConditionField kind = ConditionField.parse(fields.path("field"), field);
        Operator op = Operator.parse(fields.path("op"), fields.requiredString("op"));
        kind.requireAllows(op, fields.path("op"), field);
        JsonValue value = fields.value("value");
        String valuePath = fields.path("value");
        if (value == null) {
            throw new InvalidInputException(valuePath, "is required");
        }
        return switch (op) {
            case IS, IS_NOT -> equality(field, kind, op, List.of(kind.comparable(value, valuePath)));
            case IN -> equality(field, kind, op, comparables(kind, value, valuePath));
            case CONTAINS_WORD -> containsWord(field, kind, value, valuePath);
            case MATCHES -> matches(field, kind, value, valuePath);
            case GTE, LTE -> comparison(field, kind, op, kind.bound(value, valuePath));
        };
    }

    boolean matches(Facts facts, long deadlineNanos) {
        return test.matches(facts, deadlineNanos);
    }

    JsonObject toJson() {
        return Json.createObjectBuilder().add("field", field).add("op", op.json()).add("value", value).build();
    }

    /** The names this condition compares the given field with (calendars of {@code businessHours}, queues of {@code queue}). */
    Stream<String> names(ConditionField of) {
        if (kind != of) {
            return Stream.empty();
        }
        return value instanceof JsonString s ? Stream.of(s.getString()) : value.asJsonArray().getValuesAs(JsonString::getString).stream();
    }

    private static List<JsonValue> comparables(ConditionField kind, JsonValue value, String path) {
        List<JsonValue> values = new ArrayList<>();
        List<JsonValue> elements = JsonFields.array(value, path);
        if (elements.isEmpty()) {
            throw new InvalidInputException(path, "must list at least one value");
        }
        for (int i = 0; i < elements.size(); i++) {
            values.add(kind.comparable(elements.get(i), JsonFields.element(path, i)));
        }
        return values;
    }

    private static Condition equality(String field, ConditionField kind, Operator op, List<JsonValue> values) {
        Test isOneOf = kind == ConditionField.BUSINESS_HOURS
                ? (facts, deadline) -> facts.inBusinessHours(((JsonString) values.get(0)).getString())
                : (facts, deadline) -> values.stream().anyMatch(v -> equal(kind, field, facts, v));
        Test test = op == Operator.IS_NOT ? (facts, deadline) -> !isOneOf.matches(facts, deadline) : isOneOf;
        return new Condition(field, kind, op, op == Operator.IN ? array(values) : values.get(0), test);
    }

    private static boolean equal(ConditionField kind, String field, Facts facts, JsonValue expected) {
        if (expected instanceof JsonNumber number) {
            return kind.number(facts, field).map(n -> n.compareTo(number.bigDecimalValue()) == 0).orElse(false);
        }
        String text = ((JsonString) expected).getString();
        return kind.texts(facts, field).stream().anyMatch(actual -> actual.strip().equalsIgnoreCase(text));
    }

    private static Condition containsWord(String field, ConditionField kind, JsonValue value, String path) {
        List<JsonValue> phrases = value instanceof JsonString ? List.of(value) : JsonFields.array(value, path);
        if (phrases.isEmpty()) {
            throw new InvalidInputException(path, "must be a word, a phrase or a list of them");
        }
        List<List<String>> words = new ArrayList<>();
        List<JsonValue> canonical = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrasePath = value instanceof JsonString ? path : JsonFields.element(path, i);
            String phrase = JsonFields.nonBlankString(phrases.get(i), phrasePath);
            if (Words.of(phrase).isEmpty()) {
                throw new InvalidInputException(phrasePath, "'" + phrase + "' has no word (letters or digits) in it");
            }
            words.add(Words.of(phrase));
            canonical.add(Json.createValue(phrase));
        }
        Test test = (facts, deadline) -> kind.texts(facts, field).stream().map(Words::of)
                .anyMatch(textWords -> words.stream().anyMatch(phrase -> Words.containsPhrase(textWords, phrase)));
        return new Condition(field, kind, Operator.CONTAINS_WORD, value instanceof JsonString ? canonical.get(0) : array(canonical), test);
    }

    private static Condition matches(String field, ConditionField kind, JsonValue value, String path) {
        String regex = JsonFields.nonBlankString(value, path);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException(path, "'" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + " near position " + e.getIndex());
        }
        Test test = (facts, deadline) -> kind.texts(facts, field).stream().anyMatch(text -> pattern.matcher(
                new TimeBoxedText(text.substring(0, Math.min(text.length(), Conditions.MAX_TEXT_EXAMINED)), deadline)).find());
        return new Condition(field, kind, Operator.MATCHES, Json.createValue(regex), test);
    }

    private static Condition comparison(String field, ConditionField kind, Operator op, JsonNumber bound) {
        BigDecimal limit = bound.bigDecimalValue();
        Test test = (facts, deadline) -> kind.number(facts, field)
                .map(n -> op == Operator.GTE ? n.compareTo(limit) >= 0 : n.compareTo(limit) <= 0).orElse(false);
        return new Condition(field, kind, op, bound, test);
    }

    private static JsonValue array(List<JsonValue> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }
}
