package io.threadline.rules;

import java.util.List;

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
        return JsonNames.find(values(), Operator::json, name, path, "operator");
    }

    static String names(List<Operator> operators) {
        return JsonNames.list(operators, Operator::json);
    }
}
