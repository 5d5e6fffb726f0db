package io.threadline.channel.outbound;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A receipt that arrived before its reply was recorded as sent: providers may call back while the connector's
 * transaction that stores the provider's message id is still open. It is applied as soon as the reply is known.
 */
@Entity
@Table(name = "PENDING_RECEIPT", indexes = @Index(name = "IX_PENDING_RECEIPT_MESSAGE", columnList = "CHANNEL, PROVIDER_MESSAGE_ID"))
@NamedQuery(name = "PendingReceipt.forMessage",
        query = "SELECT r FROM PendingReceipt r WHERE r.channel = :channel AND r.providerMessageId = :id ORDER BY r.id")
@NamedQuery(name = "PendingReceipt.all", query = "SELECT r FROM PendingReceipt r ORDER BY r.id")
public class PendingReceipt {

    @Id
    @SequenceGenerator(name = "PendingReceiptSeq", sequenceName = "PENDING_RECEIPT_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PendingReceiptSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20, nullable = false)
    private Channel channel;

    @Column(name = "PROVIDER_MESSAGE_ID", length = 255, nullable = false)
    private String providerMessageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private DeliveryStatus status;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    protected PendingReceipt() {
    }

    PendingReceipt(DeliveryReceipt receipt, Instant receivedAt) {
        this.channel = receipt.channel();
        this.providerMessageId = receipt.providerMessageId();
        this.status = receipt.status();
        this.detail = receipt.detail();
        this.receivedAt = receivedAt;
    }

    DeliveryReceipt receipt() {
        return new DeliveryReceipt(channel, providerMessageId, status, detail);
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
