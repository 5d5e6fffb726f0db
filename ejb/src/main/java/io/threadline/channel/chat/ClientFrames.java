package io.threadline.channel.chat;

import io.threadline.knowledge.ArticleContent;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a frame from the widget; every refusal names the field at fault, as the API's errors do. */
final class ClientFrames {

    static final int MAX_TEXT = 5000;
    static final int MAX_EMAIL = 320;
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "hello", Set.of("type", "token", "lang", "suggestions"),
            "resolved", Set.of("type", "id"),
            "handover", Set.of("type", "id"),
            "profile", Set.of("type", "name", "email"),
            "message", Set.of("type", "id", "text"),
            "typing", Set.of("type"),
            "ping", Set.of("type"));

    private ClientFrames() {
    }

    static ClientFrame read(String text) {
        JsonObject json = object(text);
        String type = string(json, "type", true);
        Set<String> fields = FIELDS.get(type);
        if (fields == null) {
            throw new InvalidInputException("type", "'" + type + "' is not a frame type (hello, profile, message, typing, ping, resolved, handover)");
        }
        for (String key : json.keySet()) {
            if (!fields.contains(key)) {
                throw new InvalidInputException(key, "is not a field of a " + type + " frame");
            }
        }
        return switch (type) {
            case "hello" -> new ClientFrame.Hello(token(json), language(json), flag(json, "suggestions"));
            case "resolved" -> new ClientFrame.Resolved(messageId(json));
            case "handover" -> new ClientFrame.Handover(messageId(json));
            case "profile" -> new ClientFrame.Profile(string(json, "name", false), email(json));
            case "message" -> new ClientFrame.Message(messageId(json), messageText(json));
            case "typing" -> new ClientFrame.Typing();
            default -> new ClientFrame.Ping();
        };
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("frame", "must be a JSON object with a type");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidInputException("frame", "is not valid JSON");
        }
    }

    private static String token(JsonObject json) {
        String token = string(json, "token", false);
        if (token != null && !VisitorCredentials.isToken(token)) {
            throw new InvalidInputException("token", "is not a visitor token (43 characters of A-Z, a-z, 0-9, - and _)");
        }
        return token;
    }

    private static String language(JsonObject json) {
        String language = string(json, "lang", false);
        try {
            return language == null ? null : ArticleContent.language(language);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("lang", "must be a two-letter ISO 639-1 code such as en or de, not '" + language + "'");
        }
    }

    private static boolean flag(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidInputException(field, "must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private static String email(JsonObject json) {
        String email = string(json, "email", true);
        if (email.length() > MAX_EMAIL) {
            throw new InvalidInputException("email", "is longer than " + MAX_EMAIL + " characters");
        }
        return email;
    }

    private static String messageId(JsonObject json) {
        String id = string(json, "id", true);
        if (!MESSAGE_ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "must be 1 to 100 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
        }
        return id;
    }

    private static String messageText(JsonObject json) {
        String text = string(json, "text", true);
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static String string(JsonObject json, String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw new InvalidInputException(field, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidInputException(field, "must be a string");
        }
        if (required && s.getString().isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        return s.getString();
    }
}
