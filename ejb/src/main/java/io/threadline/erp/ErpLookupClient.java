package io.threadline.erp;

import io.threadline.channel.outbound.ProviderHttp;
import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Asks the ERP's REST lookup ({@code crm.erp.lookup.url}) for a customer's recent orders. An outage (timeout, no
 * connection, 5xx, 408, 429) is retried, repeated outages open the circuit so profiles do not wait on a dead ERP, and
 * the fallback says the ERP is unreachable, so the profile shows the last known data marked as such. A 404 means the
 * ERP has no orders for the number. Policies are tunable through MicroProfile Config
 * ({@code io.threadline.erp.ErpLookupClient/recentOrders/Timeout/value}).
 */
@ApplicationScoped
public class ErpLookupClient {

    /** What the lookup answered: the orders (as {@code order.upsert} data with {@code updatedAt}), or why not. */
    public record Answer(List<JsonObject> orders, String unreachable) {

        static Answer unreachable(String why) {
            return new Answer(List.of(), why);
        }
    }

    @Inject
    ProviderHttp http;

    @Inject
    ErpSettings settings;

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, retryOn = ProviderUnavailableException.class,
            abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30_000, skipOn = ProviderRejectedException.class)
    @Fallback(fallbackMethod = "unreachable")
    public Answer recentOrders(String customerNumber) {
        URI uri = URI.create(settings.lookupUrl().orElseThrow()
                .replace("{customerNumber}", URLEncoder.encode(customerNumber, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = http.request(uri).header("Accept", "application/json").GET();
        settings.lookupToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = http.send(request.build(), "The ERP lookup " + uri.getHost());
        int status = response.statusCode();
        if (status == 404) {
            return new Answer(List.of(), null);
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new ProviderUnavailableException("The ERP lookup answered " + status, null);
        }
        if (status < 200 || status >= 300) {
            throw new ProviderRejectedException("The ERP lookup refused the request: " + status);
        }
        return new Answer(orders(response.body()), null);
    }

    Answer unreachable(String customerNumber) {
        return Answer.unreachable("The ERP lookup is not answering");
    }

    private static List<JsonObject> orders(String body) {
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            JsonArray array = value instanceof JsonArray a ? a
                    : value instanceof JsonObject o && o.get("orders") instanceof JsonArray a ? a : null;
            if (array == null) {
                throw new ProviderRejectedException("The ERP lookup answered something else than a list of orders");
            }
            return array.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList();
        } catch (JsonException e) {
            throw new ProviderRejectedException("The ERP lookup answered something else than JSON");
        }
    }
}
