package io.threadline.web.api;

import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the fields of a request's JSON body, naming the field that is wrong. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonObject required(JsonObject body, String expected) {
        if (body == null) {
            throw new InvalidInputException("body", "must be a JSON object with " + expected);
        }
        return body;
    }

    /** The field's text, null when absent or JSON null; 400 when it is something other than a string. */
    static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException(field, "must be a string");
    }
}
