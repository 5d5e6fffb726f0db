package io.threadline.channel.outbound;

import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends SMS and WhatsApp replies through Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded, HTTP Basic with the account
 * SID and auth token). A refusal (4xx) is final; an outage (5xx, 429, timeout) is retried with backoff, and
 * repeated outages open the circuit so that replies fail fast until Twilio answers again.
 */
@ApplicationScoped
public class TwilioMessages implements ChannelConnector {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(8);

    @Inject
    TwilioAccount account;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "crm.channels.whatsapp.provider", defaultValue = "twilio")
    String whatsAppProvider;

    @Override
    public boolean delivers(Channel channel) {
        return channel == Channel.SMS || channel == Channel.WHATSAPP && "twilio".equalsIgnoreCase(whatsAppProvider);
    }

    @Override
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = ProviderUnavailableException.class,
            abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            skipOn = ProviderRejectedException.class)
    @Fallback(NotDelivered.class)
    public DeliveryResult deliver(OutgoingReply reply) {
        if (account.accountSid().isEmpty() || account.authToken().isEmpty() || account.from().isEmpty()) {
            throw new ProviderRejectedException("The Twilio channel is not configured for replies "
                    + "(crm.channels.twilio.account-sid, crm.channels.twilio.auth-token, crm.channels.twilio.from)");
        }
        String prefix = reply.channel() == Channel.WHATSAPP ? "whatsapp:" : "";
        String form = Map.of("To", prefix + reply.to(), "From", prefix + account.from().get(), "Body", reply.text()).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(account.apiUrl()
                        + "/2010-04-01/Accounts/" + account.accountSid().get() + "/Messages.json"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (account.accountSid().get() + ":" + account.authToken().get()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailableException("Twilio could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted while sending to Twilio", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return DeliveryResult.sent(field(response.body(), "sid"));
        }
        String reason = "Twilio answered " + status + describe(response.body());
        if (status == 429 || status >= 500) {
            throw new ProviderUnavailableException(reason, null);
        }
        throw new ProviderRejectedException(reason);
    }

    /** Twilio's error body: {"code": 21211, "message": "...", "more_info": "...", "status": 400}. */
    private static String describe(String body) {
        String code = field(body, "code");
        String message = field(body, "message");
        return message == null ? "" : ": " + message + (code == null ? "" : " (error " + code + ")");
    }

    private static String field(String body, String name) {
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            return json.containsKey(name) && !json.isNull(name) ? json.get(name).toString().replaceAll("^\"|\"$", "") : null;
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
