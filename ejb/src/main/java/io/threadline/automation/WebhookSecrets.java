package io.threadline.automation;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Webhook secrets in an automation rule's JSON: the admin API shows {@link #MASK} instead, and a rule sent back with
 * the mask keeps the secret stored for the webhook to the same URL.
 */
final class WebhookSecrets {

    static final String MASK = "********";
    private static final String DO = "do";
    private static final String SECRET = "secret";

    private WebhookSecrets() {
    }

    static JsonObject masked(JsonObject rule) {
        return mapActions(rule, (action, i) -> action.containsKey(SECRET)
                ? Json.createObjectBuilder(action).add(SECRET, MASK).build() : action);
    }

    static JsonObject restored(JsonObject rule, Optional<JsonObject> stored) {
        return mapActions(rule, (action, i) -> {
            if (!(action.get(SECRET) instanceof JsonString secret) || !MASK.equals(secret.getString())) {
                return action;
            }
            String kept = stored.flatMap(s -> storedSecret(s, action.get("url"))).orElseThrow(() -> new InvalidInputException(
                    JsonFields.element(DO, i) + "." + SECRET, "'" + MASK + "' keeps the stored secret of a webhook to the same url,"
                    + " and there is none: give the secret itself"));
            return Json.createObjectBuilder(action).add(SECRET, kept).build();
        });
    }

    private static Optional<String> storedSecret(JsonObject stored, JsonValue url) {
        JsonValue actions = stored.get(DO);
        if (url == null || !(actions instanceof JsonArray array)) {
            return Optional.empty();
        }
        return array.stream().filter(a -> a instanceof JsonObject o && url.equals(o.get("url")) && o.get(SECRET) instanceof JsonString)
                .map(a -> a.asJsonObject().getString(SECRET)).findFirst();
    }

    private static JsonObject mapActions(JsonObject rule, BiFunction<JsonObject, Integer, JsonObject> change) {
        if (!(rule.get(DO) instanceof JsonArray actions)) {
            return rule;
        }
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (int i = 0; i < actions.size(); i++) {
            JsonValue action = actions.get(i);
            changed.add(action instanceof JsonObject object ? change.apply(object, i) : action);
        }
        return Json.createObjectBuilder(rule).add(DO, changed).build();
    }
}
