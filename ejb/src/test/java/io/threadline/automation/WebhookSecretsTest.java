package io.threadline.automation;

import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebhookSecretsTest {

    private static JsonObject rule(String secret) {
        return Json.createReader(new StringReader("{\"name\": \"Hook\", \"do\": [{\"action\": \"tag\", \"tags\": [\"x\"]},"
                + " {\"action\": \"webhook\", \"url\": \"https://hooks.example.com/in\", \"secret\": \"" + secret + "\"}]}")).readObject();
    }

    @Test
    void theAdminApiShowsTheMaskInsteadOfTheSecret() {
        JsonObject shown = WebhookSecrets.masked(rule("s3cret"));
        assertEquals("********", shown.getJsonArray("do").getJsonObject(1).getString("secret"));
        assertEquals("tag", shown.getJsonArray("do").getJsonObject(0).getString("action"));
    }

    @Test
    void theMaskSentBackKeepsTheStoredSecretOfTheSameUrl() {
        JsonObject restored = WebhookSecrets.restored(rule("********"), Optional.of(rule("s3cret")));
        assertEquals("s3cret", restored.getJsonArray("do").getJsonObject(1).getString("secret"));
    }

    @Test
    void aNewSecretReplacesTheStoredOne() {
        JsonObject restored = WebhookSecrets.restored(rule("n3w"), Optional.of(rule("s3cret")));
        assertEquals("n3w", restored.getJsonArray("do").getJsonObject(1).getString("secret"));
    }

    @Test
    void theMaskOnANewRuleIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WebhookSecrets.restored(rule("********"), Optional.empty()));
        assertEquals("do[1].secret", e.field());
    }
}
