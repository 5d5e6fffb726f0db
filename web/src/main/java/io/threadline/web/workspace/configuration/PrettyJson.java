package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** JSON documents as people read and type them: indented, and read back with a plain message when they are not JSON. */
final class PrettyJson {

    private PrettyJson() {
    }

    static String print(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(value);
        }
        return text.toString().strip();
    }

    /** The text as JSON, formatted; the text itself when it is not JSON. */
    static String print(String json) {
        if (json == null) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return print(reader.readValue());
        } catch (JsonException e) {
            return json;
        }
    }

    /** @throws JsonException saying where the text stops being a JSON object */
    static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readObject();
        }
    }
}
