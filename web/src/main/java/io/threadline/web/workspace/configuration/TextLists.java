package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Lists typed into one input as "a, b, c", and JSON values shown in one: how the editors read and write them. */
final class TextLists {

    private TextLists() {
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static JsonArrayBuilder array(String text) {
        return Json.createArrayBuilder(split(text));
    }

    /** A value as one line: strings as they are, arrays joined with commas, anything else as JSON. */
    static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> ((JsonArray) value).stream().map(TextLists::text).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** A number when the text is one, else the text: the validation names what is wrong with it. */
    static JsonValue numberOrText(String text) {
        try {
            return Json.createValue(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Json.createValue(text.trim());
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String number(JsonValue value) {
        return value instanceof JsonNumber n ? n.toString() : "";
    }
}
