package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A teammate @mentioned someone in a note: the mentioned person sees it, unread until they open it. */
@Entity
@Table(name = "NOTIFICATION", indexes = @Index(name = "IX_NOTIFICATION_RECIPIENT", columnList = "RECIPIENT, READ_AT"))
@NamedQuery(name = "Notification.of", query = "SELECT n FROM Notification n WHERE n.recipient = :recipient ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unreadCount", query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL")
@NamedQuery(name = "Notification.readConversation", query = "UPDATE Notification n SET n.readAt = :now "
        + "WHERE n.recipient = :recipient AND n.conversation.id = :conversationId AND n.readAt IS NULL")
public class Notification {

    @Id
    @SequenceGenerator(name = "NotificationSeq", sequenceName = "NOTIFICATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NotificationSeq")
    private Long id;

    @Column(name = "RECIPIENT", length = 100, nullable = false)
    private String recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CONVERSATION_ID", nullable = false)
    private Conversation conversation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ENTRY_ID", nullable = false)
    private TimelineEntry note;

    @Column(name = "AUTHOR", length = 100, nullable = false)
    private String author;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "READ_AT")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, TimelineEntry note) {
        this.recipient = recipient;
        this.conversation = note.getConversation();
        this.note = note;
        this.author = note.getAuthor();
        this.createdAt = note.getOccurredAt();
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public TimelineEntry getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
