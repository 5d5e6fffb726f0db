package io.threadline.rules;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** The {@code op} of a condition, with its JSON name. */
public enum Operator {
    IS("is"), IS_NOT("isNot"), IN("in"), CONTAINS_WORD("containsWord"), MATCHES("matches"), GTE("gte"), LTE("lte");

    private final String json;

    Operator(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    static Operator parse(String path, String name) {
        return Arrays.stream(values()).filter(op -> op.json.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(path, "unknown operator '" + name + "'; one of " + names(Arrays.asList(values()))));
    }

    static String names(Collection<Operator> operators) {
        return operators.stream().map(Operator::json).collect(Collectors.joining(", "));
    }
}
