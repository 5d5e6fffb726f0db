package io.threadline.privacy;

import java.time.Instant;

/** A privacy request as the API and the admin page show it. */
public record PrivacyRequestView(long id, String type, long customer, String reason, String requestedBy, String approvedBy,
                                 Instant receivedAt, String outcome) {
}
