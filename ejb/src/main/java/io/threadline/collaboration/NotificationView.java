package io.threadline.collaboration;

import java.time.Instant;

/** A mention as its recipient sees it in the notifications list. */
public record NotificationView(long id, long conversationId, String customerName, String author, String excerpt,
                               Instant createdAt, boolean read) {

    static final int EXCERPT = 120;

    static NotificationView of(Notification n) {
        String text = n.getNote().getText().strip().replaceAll("\\s+", " ");
        return new NotificationView(n.getId(), n.getConversation().getId(), n.getConversation().getCustomer().label(),
                n.getAuthor(), text.length() > EXCERPT ? text.substring(0, EXCERPT - 1) + "…" : text,
                n.getCreatedAt(), n.getReadAt() != null);
    }
}
