package io.threadline.channel.outbound;

import io.threadline.channel.twilio.TwilioAccount;
import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sends SMS and WhatsApp replies through Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded, HTTP Basic with the account
 * SID and auth token). A refusal (4xx) is final; an outage (5xx, 429, no connection) is retried with backoff, and
 * repeated outages open the circuit so that replies fail fast until Twilio answers again. A request that got no
 * answer is not sent again: Twilio's list of messages tells whether it took ({@link #reconcile}).
 */
@ApplicationScoped
public class TwilioMessages implements ChannelConnector {

    /** How many of the latest messages to the customer are searched for a reply whose answer was lost. */
    private static final int LISTED = 50;

    /** Twilio's clock and ours may differ by this much. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

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
        requireConfigured();
        String form = form(reply, account.from().get(), account.statusCallbackUrl());
        HttpRequest request = http.request(messagesUri(""))
                .header("Authorization", authorization())
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
     * Asks Twilio's list of messages from our number to the customer (newest first) for one with the reply's text,
     * created since the attempt: Twilio creates the message when it accepts the request, so none there means the
     * request never took and the reply can go again.
     */
    @Override
    public Reconciliation reconcile(OutgoingReply reply, Instant attemptedAt) {
        if (!configured()) {
            return Reconciliation.sendAgain();
        }
        String prefix = prefix(reply.channel());
        HttpRequest request = http.request(messagesUri("?To=" + encode(prefix + reply.to())
                        + "&From=" + encode(prefix + account.from().get()) + "&PageSize=" + LISTED))
                .header("Authorization", authorization()).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, "Twilio");
        } catch (ProviderUnavailableException | OutcomeUnknownException e) {
            return Reconciliation.unknown("Twilio did not answer in time, and could not be asked whether it has the reply: "
                    + e.getMessage());
        }
        if (response.statusCode() != 200) {
            return Reconciliation.unknown("Twilio did not answer in time, and answered " + response.statusCode()
                    + " when asked whether it has the reply" + describe(ProviderHttp.json(response.body())));
        }
        return sameMessage(ProviderHttp.json(response.body()), reply.text(), attemptedAt.minus(CLOCK_SKEW))
                .map(sid -> Reconciliation.found(DeliveryResult.sent(sid)))
                .orElseGet(Reconciliation::sendAgain);
    }

    /** The sid of the listed message with the text that Twilio created at or after {@code since}, if any. */
    static Optional<String> sameMessage(JsonObject list, String text, Instant since) {
        JsonArray messages = list.getJsonArray("messages");
        return messages == null ? Optional.empty() : messages.getValuesAs(JsonObject.class).stream()
                .filter(m -> text.equals(m.getString("body", null)) && !createdAt(m).isBefore(since))
                .map(m -> ProviderHttp.text(m, "sid")).filter(sid -> sid != null).findFirst();
    }

    /** Twilio's {@code date_created}, in RFC 2822 form ("Thu, 26 Nov 2026 22:19:04 +0000"). */
    private static Instant createdAt(JsonObject message) {
        try {
            return ZonedDateTime.parse(message.getString("date_created", ""), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }

    /**
     * The form Twilio's Messages API takes: WhatsApp addresses carry the {@code whatsapp:} prefix, and Twilio reports
     * the message's progress to the status callback URL when one is configured, with the reply's id added
     * ({@link #statusCallbackFor}). Each file goes as a {@code MediaUrl} Twilio fetches.
     */
    static String form(OutgoingReply reply, String from, Optional<String> statusCallback) {
        String prefix = prefix(reply.channel());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", prefix + reply.to());
        form.put("From", prefix + from);
        form.put("Body", reply.text());
        statusCallback.ifPresent(url -> form.put("StatusCallback", statusCallbackFor(url, reply.entryId())));
        return Stream.concat(form.entrySet().stream(), reply.files().stream().map(f -> Map.entry("MediaUrl", f.url())))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * The status callback URL for one reply: its reports then name the reply (the {@code reply} parameter), which
     * confirms a reply whose answer from Twilio was lost. Twilio signs the URL with the parameter.
     */
    public static String statusCallbackFor(String url, long entryId) {
        return url + (url.contains("?") ? "&" : "?") + "reply=" + entryId;
    }

    private static String prefix(Channel channel) {
        return channel == Channel.WHATSAPP ? "whatsapp:" : "";
    }

    private boolean configured() {
        return account.accountSid().isPresent() && account.authToken().isPresent() && account.from().isPresent();
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new ProviderRejectedException("The Twilio channel is not configured for replies "
                    + "(crm.channels.twilio.account-sid, crm.channels.twilio.auth-token, crm.channels.twilio.from)");
        }
    }

    private URI messagesUri(String query) {
        return URI.create(account.apiUrl() + "/2010-04-01/Accounts/" + account.accountSid().get() + "/Messages.json" + query);
    }

    private String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (account.accountSid().get() + ":" + account.authToken().get()).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Twilio's error body: {"code": 21211, "message": "...", "more_info": "...", "status": 400}. */
    private static String describe(JsonObject error) {
        String code = ProviderHttp.text(error, "code");
        String message = ProviderHttp.text(error, "message");
        return message == null ? "" : ": " + message + (code == null ? "" : " (error " + code + ")");
    }
}
