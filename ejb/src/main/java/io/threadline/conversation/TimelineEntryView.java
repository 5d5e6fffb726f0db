package io.threadline.conversation;

import java.time.Instant;
import java.util.List;

/** One timeline entry as the API and pages show it. */
public record TimelineEntryView(Long id, String type, String channel, String direction, Instant occurredAt,
                                Instant receivedAt, Instant recordedAt, String author, String subject, String text, Long conversationId,
                                String externalId, List<AttachmentView> attachments, OriginalView original,
                                CallView call, String deliveryStatus, String deliveryDetail,
                                Instant scheduledFor, String language, Integer urgency,
                                List<String> orders) {

    /** Status, length and recording of a call entry. */
    public record CallView(String status, Integer durationSeconds, String recordingUrl) {
    }

    /** {@code url} is where to fetch the file; {@code omitted} says why its content was not kept. */
    public record AttachmentView(String name, String contentType, String url, Long size, String omitted) {
    }

    /** The message as the customer sent it, when {@code text} shows less of it. */
    public record OriginalView(String text, String html) {
    }

    public static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.getId(), e.getType().name(), e.getChannel() == null ? null : e.getChannel().name(),
                e.getDirection().name(), e.getOccurredAt(), e.getReceivedAt(), e.getRecordedAt(), e.getAuthor(), e.getSubject(), e.getText(),
                e.getConversation() == null ? null : e.getConversation().getId(), e.getExternalId(),
                e.getAttachments().stream().map(a -> new AttachmentView(a.getName(), a.getContentType(), a.getUrl(),
                        a.getSize(), a.getOmitted())).toList(),
                e.getOriginalText() == null && e.getOriginalHtml() == null ? null
                        : new OriginalView(e.getOriginalText(), e.getOriginalHtml()),
                e.call() == null ? null : new CallView(e.call().status() == null ? null : e.call().status().name(),
                        e.call().durationSeconds(), e.call().recordingUrl()),
                e.getDeliveryStatus() == null ? null : e.getDeliveryStatus().name(), e.getDeliveryDetail(),
                e.getScheduledFor(), e.getLanguage(), e.getUrgency(), e.getOrderNumbers());
    }
}
