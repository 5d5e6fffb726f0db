package io.threadline.rules;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

/** JSON for tests, written with single quotes to stay readable. */
public final class RulesJson {

    private RulesJson() {
    }

    public static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    /** A {@code when} with a single condition in {@code all}. */
    public static JsonObject when(String field, String op, String valueJson) {
        return json("{'all': [{'field': '" + field + "', 'op': '" + op + "', 'value': " + valueJson + "}]}");
    }
}
