package io.threadline.channel.outbound;

import io.threadline.channel.meta.MetaAccount;
import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Sends replies through Meta's Graph API: WhatsApp Cloud API ({@code POST /{phone-number-id}/messages}, a
 * system user's token) when {@code crm.channels.whatsapp.provider=meta}, and Messenger and Instagram
 * ({@code POST /{page-id}/messages}, the page's token) always. A Messenger or Instagram reply more than 24 hours
 * after the customer's last message goes out tagged {@code HUMAN_AGENT}. Meta's refusals are final; outages,
 * rate limits and errors Meta marks transient are retried.
 */
@ApplicationScoped
public class MetaMessages implements ChannelConnector {

    /** Graph API error codes that mean "later": unknown/service errors, rate limits, WhatsApp throughput. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016);

    private static final String REPLY_PREFIX = "threadline-reply:";

    @Inject
    MetaAccount account;

    @Inject
    ProviderHttp http;

    @Inject
    @ConfigProperty(name = "crm.channels.whatsapp.provider", defaultValue = "twilio")
    String whatsAppProvider;

    @Override
    public boolean delivers(Channel channel) {
        return channel == Channel.FACEBOOK || channel == Channel.INSTAGRAM
                || channel == Channel.WHATSAPP && "meta".equalsIgnoreCase(whatsAppProvider);
    }

    /**
     * Meta's Send API takes one file per message, so a reply with files would be several messages that could go out
     * in part; Threadline does not send files there.
     */
    @Override
    public Optional<String> refusesFiles(Channel channel) {
        return Optional.of("files cannot be sent on " + channel + " through Meta; share a link in the text instead");
    }

    @Override
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = ProviderUnavailableException.class,
            abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            skipOn = ProviderRejectedException.class)
    @Fallback(NotDelivered.class)
    public DeliveryResult deliver(OutgoingReply reply) {
        boolean whatsApp = reply.channel() == Channel.WHATSAPP;
        String sender = required(whatsApp ? account.whatsAppPhoneNumberId() : account.pageId(),
                whatsApp ? "crm.channels.meta.whatsapp-phone-number-id" : "crm.channels.meta.page-id");
        String token = required(whatsApp ? account.whatsAppAccessToken() : account.pageAccessToken(),
                whatsApp ? "crm.channels.meta.whatsapp-access-token" : "crm.channels.meta.page-access-token");
        JsonObject body = whatsApp ? whatsAppText(reply) : pageText(reply, Instant.now());
        HttpRequest request = http.request(URI.create(account.graphUrl() + "/" + sender + "/messages"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, "Meta");
        JsonObject answer = ProviderHttp.json(response.body());
        if (response.statusCode() == 200) {
            String id = whatsApp ? firstMessageId(answer) : ProviderHttp.text(answer, "message_id");
            if (id == null) {
                throw new ProviderRejectedException("Meta answered 200 without a message id: " + response.body());
            }
            return DeliveryResult.sent(id);
        }
        JsonObject error = answer.getJsonObject("error") == null ? JsonObject.EMPTY_JSON_OBJECT : answer.getJsonObject("error");
        String code = ProviderHttp.text(error, "code");
        String reason = "Meta answered " + response.statusCode()
                + (error.containsKey("message") ? ": " + error.getString("message", "") : "")
                + (code == null ? "" : " (error " + code + ")");
        if (response.statusCode() >= 500 || response.statusCode() == 429 || error.getBoolean("is_transient", false)
                || code != null && code.matches("\\d+") && TRANSIENT_CODES.contains(Integer.parseInt(code))) {
            throw new ProviderUnavailableException(reason, null);
        }
        throw new ProviderRejectedException(reason);
    }

    /**
     * Meta has no way to ask for a message sent earlier, so a reply whose answer was lost waits for Meta's webhook:
     * the WhatsApp status or the Messenger echo carries the reply's id ({@link #callbackData}) and confirms it.
     */
    @Override
    public Reconciliation reconcile(OutgoingReply reply, Instant attemptedAt) {
        return Reconciliation.unknown("Meta did not answer in time; waiting for its webhook to tell whether it has the reply"
                + " (sending it again may send it twice)");
    }

    /** What Meta passes back in its webhooks about a message: the reply's id, read by {@link #replyOf}. */
    static String callbackData(long entryId) {
        return REPLY_PREFIX + entryId;
    }

    /** The reply a webhook's callback data or echo metadata names, or null when it names none of ours. */
    public static Long replyOf(String data) {
        if (data == null || !data.startsWith(REPLY_PREFIX)) {
            return null;
        }
        try {
            return Long.valueOf(data.substring(REPLY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A WhatsApp Cloud API text message; the recipient is the phone number in international digits. Its status
     * webhooks carry {@code biz_opaque_callback_data} back.
     */
    private static JsonObject whatsAppText(OutgoingReply reply) {
        return Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", reply.to().replace("+", ""))
                .add("type", "text")
                .add("text", Json.createObjectBuilder().add("preview_url", false).add("body", reply.text()))
                .add("biz_opaque_callback_data", callbackData(reply.entryId()))
                .build();
    }

    /**
     * A Send API message to a page-scoped (Messenger) or Instagram-scoped user id; its echo carries {@code metadata}
     * back.
     */
    private static JsonObject pageText(OutgoingReply reply, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("recipient", Json.createObjectBuilder().add("id", reply.to()));
        if (ChannelRules.needsHumanAgentTag(reply.customerLastWrote(), now)) {
            json.add("messaging_type", "MESSAGE_TAG").add("tag", "HUMAN_AGENT");
        } else {
            json.add("messaging_type", "RESPONSE");
        }
        return json.add("message", Json.createObjectBuilder().add("text", reply.text())
                .add("metadata", callbackData(reply.entryId()))).build();
    }

    private static String firstMessageId(JsonObject answer) {
        JsonArray messages = answer.getJsonArray("messages");
        return messages == null || messages.isEmpty() ? null : ProviderHttp.text(messages.getJsonObject(0), "id");
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new ProviderRejectedException(
                "The Meta channel is not configured for this reply (" + key + ")"));
    }
}
