package io.threadline.automation;

import io.threadline.conversation.DeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One POST a webhook action owes its receiver: the body and its signature are fixed when the action runs (so the
 * rule's secret is not kept here); delivered after commit, its outcome kept: PENDING, then DELIVERED or FAILED with
 * the reason.
 */
@Entity
@Table(name = "WEBHOOK_DELIVERY")
public class WebhookDelivery {

    static final int MAX_DETAIL = 1000;

    @Id
    @SequenceGenerator(name = "WebhookDeliverySeq", sequenceName = "WEBHOOK_DELIVERY_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WebhookDeliverySeq")
    private Long id;

    @Column(name = "CONVERSATION_ID", nullable = false)
    private long conversationId;

    @Column(name = "RULE_NAME", length = 100, nullable = false)
    private String rule;

    @Column(name = "URL", length = 2000, nullable = false)
    private String url;

    @Column(name = "EVENT_TYPE", length = 100, nullable = false)
    private String eventType;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "SIGNATURE", length = 100, nullable = false)
    private String signature;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(name = "DETAIL", length = MAX_DETAIL)
    private String detail;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long conversationId, String rule, String url, String eventType, String body, String signature) {
        this.conversationId = conversationId;
        this.rule = rule;
        this.url = url;
        this.eventType = eventType;
        this.body = body;
        this.signature = signature;
        this.createdAt = Instant.now();
    }

    void delivered(String answer) {
        finish(DeliveryStatus.DELIVERED, answer);
    }

    void failed(String reason) {
        finish(DeliveryStatus.FAILED, reason);
    }

    private void finish(DeliveryStatus outcome, String why) {
        status = outcome;
        detail = why == null || why.length() <= MAX_DETAIL ? why : why.substring(0, MAX_DETAIL);
        finishedAt = Instant.now();
    }

    boolean isPending() {
        return status == DeliveryStatus.PENDING;
    }

    Long getId() {
        return id;
    }

    long getConversationId() {
        return conversationId;
    }

    String getRule() {
        return rule;
    }

    String getUrl() {
        return url;
    }

    String getEventType() {
        return eventType;
    }

    String getBody() {
        return body;
    }

    String getSignature() {
        return signature;
    }
}
