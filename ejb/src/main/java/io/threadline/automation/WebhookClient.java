package io.threadline.automation;

import io.threadline.channel.outbound.DeliveryResult;
import io.threadline.channel.outbound.NotDelivered;
import io.threadline.channel.outbound.ProviderHttp;
import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * POSTs a webhook: any 2xx is delivered; a refusal (another 4xx) is final; an outage (5xx, 408, 429, timeout, no
 * connection) is retried with backoff, and repeated outages open the circuit so webhooks fail fast for a while. The
 * policies can be tuned through MicroProfile Config ({@code io.threadline.automation.WebhookClient/post/Retry/maxRetries}).
 */
@ApplicationScoped
public class WebhookClient {

    public static final String EVENT_HEADER = "X-Threadline-Event";

    @Inject
    ProviderHttp http;

    @Timeout(15_000)
    @Retry(maxRetries = 2, delay = 1000, jitter = 300, retryOn = ProviderUnavailableException.class,
            abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000, skipOn = ProviderRejectedException.class)
    @Fallback(NotDelivered.class)
    public DeliveryResult post(URI url, String eventType, String body, String signature) {
        HttpRequest request = http.request(url)
                .header("Content-Type", "application/json")
                .header(EVENT_HEADER, eventType)
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, "The webhook receiver " + url.getHost());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(null);
        }
        String reason = url + " answered " + status;
        if (status == 408 || status == 429 || status >= 500) {
            throw new ProviderUnavailableException(reason, null);
        }
        throw new ProviderRejectedException(reason);
    }
}
