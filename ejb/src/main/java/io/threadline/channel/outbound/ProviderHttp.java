package io.threadline.channel.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP client of the provider connectors: one pool of connections, a connect timeout, a timeout per request
 * ({@code crm.channels.request-timeout}), and a failure to reach the provider turned into
 * {@link ProviderUnavailableException} so that Fault Tolerance retries it.
 */
@ApplicationScoped
public class ProviderHttp {

    @Inject
    @ConfigProperty(name = "crm.channels.request-timeout", defaultValue = "PT8S")
    Duration requestTimeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A request to the provider's API, with the configured timeout. */
    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    public HttpResponse<String> send(HttpRequest request, String provider) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailableException(provider + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted while sending to " + provider, e);
        }
    }

    /** The provider's JSON answer, or an empty object when it answered something else (an HTML error page). */
    static JsonObject json(String body) {
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** A member of a JSON object as text, whatever its JSON type; null when absent. */
    static String text(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : value.toString();
    }
}
