package io.threadline.channel.twilio;

import io.threadline.channel.outbound.DeliveryReceipt;
import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Twilio's status callback for a message Threadline sent ({@code MessageSid}, {@code MessageStatus},
 * {@code ErrorCode}, {@code To}). Interim statuses (queued, sending, ...) report nothing new and give no receipt,
 * except for a reply whose send is not confirmed yet ({@code replyId}, from the callback URL): any status confirms
 * that Twilio has it.
 */
public final class TwilioStatusReport {

    private TwilioStatusReport() {
    }

    public static Optional<DeliveryReceipt> read(Map<String, List<String>> form, Long replyId) {
        String sid = TwilioInbound.required(form, "MessageSid");
        String status = TwilioInbound.required(form, "MessageStatus").trim().toLowerCase(java.util.Locale.ROOT);
        String to = TwilioInbound.first(form, "To");
        Channel channel = to != null && to.regionMatches(true, 0, "whatsapp:", 0, 9) ? Channel.WHATSAPP : Channel.SMS;
        String errorCode = TwilioInbound.first(form, "ErrorCode");
        return switch (status) {
            case "accepted", "scheduled", "queued", "sending" -> replyId == null ? Optional.empty()
                    : Optional.of(new DeliveryReceipt(channel, sid, DeliveryStatus.SENT, null, replyId));
            case "sent" -> Optional.of(new DeliveryReceipt(channel, sid, DeliveryStatus.SENT, null, replyId));
            case "delivered" -> Optional.of(new DeliveryReceipt(channel, sid, DeliveryStatus.DELIVERED, null, replyId));
            case "read" -> Optional.of(new DeliveryReceipt(channel, sid, DeliveryStatus.READ, null, replyId));
            case "undelivered", "failed", "canceled" -> Optional.of(new DeliveryReceipt(channel, sid, DeliveryStatus.FAILED,
                    "Twilio reported the message " + status + (errorCode == null || errorCode.isBlank() ? ""
                            : " (error " + errorCode + ")"), replyId));
            default -> throw new InvalidInputException("MessageStatus", "'" + status + "' is not a Twilio message status");
        };
    }
}
