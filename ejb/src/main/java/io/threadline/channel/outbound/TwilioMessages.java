package io.threadline.channel.outbound;

import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sends SMS and WhatsApp replies through Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded, HTTP Basic with the account
 * SID and auth token). A refusal (4xx) is final; an outage (5xx, 429, timeout) is retried with backoff, and
 * repeated outages open the circuit so that replies fail fast until Twilio answers again.
 */
@ApplicationScoped
public class TwilioMessages implements ChannelConnector {

    @Inject
    TwilioAccount account;

    @Inject
    ProviderHttp http;

    @Inject
    @ConfigProperty(name = "crm.channels.whatsapp.provider", defaultValue = "twilio")
    String whatsAppProvider;

    @Inject
    ReplySettings replySettings;

    @Override
    public boolean delivers(Channel channel) {
        return channel == Channel.SMS || channel == Channel.WHATSAPP && "twilio".equalsIgnoreCase(whatsAppProvider);
    }

    /** Twilio fetches a message's media from public addresses ({@code MediaUrl}), so only with a public base URL. */
    @Override
    public Optional<String> refusesFiles(Channel channel) {
        return replySettings.publicBaseUrl().isPresent() ? Optional.empty()
                : Optional.of("files cannot be sent on " + channel + " here: Twilio fetches them from a public address,"
                + " and crm.replies.public-base-url is not set");
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
        String form = form(reply, account.from().get(), account.statusCallbackUrl());
        HttpRequest request = http.request(URI.create(account.apiUrl()
                        + "/2010-04-01/Accounts/" + account.accountSid().get() + "/Messages.json"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (account.accountSid().get() + ":" + account.authToken().get()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, "Twilio");
        JsonObject answer = ProviderHttp.json(response.body());
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return DeliveryResult.sent(ProviderHttp.text(answer, "sid"));
        }
        String reason = "Twilio answered " + status + describe(answer);
        if (status == 429 || status >= 500) {
            throw new ProviderUnavailableException(reason, null);
        }
        throw new ProviderRejectedException(reason);
    }

    /**
     * The form Twilio's Messages API takes: WhatsApp addresses carry the {@code whatsapp:} prefix, and Twilio reports
     * the message's progress to the status callback URL when one is configured. Each file goes as a {@code MediaUrl}
     * Twilio fetches.
     */
    static String form(OutgoingReply reply, String from, Optional<String> statusCallback) {
        String prefix = reply.channel() == Channel.WHATSAPP ? "whatsapp:" : "";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", prefix + reply.to());
        form.put("From", prefix + from);
        form.put("Body", reply.text());
        statusCallback.ifPresent(url -> form.put("StatusCallback", url));
        return Stream.concat(form.entrySet().stream(), reply.files().stream().map(f -> Map.entry("MediaUrl", f.url())))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Twilio's error body: {"code": 21211, "message": "...", "more_info": "...", "status": 400}. */
    private static String describe(JsonObject error) {
        String code = ProviderHttp.text(error, "code");
        String message = ProviderHttp.text(error, "message");
        return message == null ? "" : ": " + message + (code == null ? "" : " (error " + code + ")");
    }
}
