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
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The HTTP client of the provider connectors: one pool of connections, a connect timeout, a timeout per request
 * ({@code crm.channels.request-timeout}). A request that never reached the provider (no connection) becomes
 * {@link ProviderUnavailableException}, which Fault Tolerance retries; one sent without an answer back becomes
 * {@link OutcomeUnknownException}, since the provider may have accepted it.
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

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public HttpResponse<String> send(HttpRequest request, String provider) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ProviderUnavailableException(provider + " could not be reached: " + e, e);
        } catch (HttpTimeoutException e) {
            throw new OutcomeUnknownException(provider + " did not answer within " + requestTimeout.toSeconds()
                    + " s; it may have accepted the message", e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException) {
                throw new ProviderUnavailableException(provider + " could not be reached: " + e.getCause(), e);
            }
            throw new OutcomeUnknownException("The connection to " + provider + " broke before it answered (" + e
                    + "); it may have accepted the message", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeUnknownException("Interrupted while waiting for " + provider + "'s answer", e);
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
