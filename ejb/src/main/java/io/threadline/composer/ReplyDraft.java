package io.threadline.composer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** What an agent has typed in a conversation's reply box and not sent yet: theirs alone. One per (conversation, author). */
@Entity
@Table(name = "REPLY_DRAFT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_DRAFT_AUTHOR", columnNames = {"CONVERSATION_ID", "AUTHOR"}))
@NamedQuery(name = "ReplyDraft.of", query = "SELECT d FROM ReplyDraft d WHERE d.conversationId = :conversationId AND d.author = :author")
@NamedQuery(name = "ReplyDraft.savedBefore", query = "SELECT d FROM ReplyDraft d WHERE d.savedAt < :before AND d.id > :after ORDER BY d.id")
@NamedQuery(name = "ReplyDraft.deleteOfConversations", query = "DELETE FROM ReplyDraft d WHERE d.conversationId IN :conversationIds")
public class ReplyDraft {

    @Id
    @SequenceGenerator(name = "ReplyDraftSeq", sequenceName = "REPLY_DRAFT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ReplyDraftSeq")
    private Long id;

    @Column(name = "CONVERSATION_ID", nullable = false)
    private long conversationId;

    @Column(name = "AUTHOR", length = 100, nullable = false)
    private String author;

    @Column(name = "CHANNEL", length = 20)
    private String channel;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String text;

    @Column(name = "SAVED_AT", nullable = false)
    private Instant savedAt;

    protected ReplyDraft() {
    }

    public ReplyDraft(long conversationId, String author) {
        this.conversationId = conversationId;
        this.author = author;
    }

    public void keep(String text, String channel) {
        this.text = text;
        this.channel = channel;
        this.savedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public String getChannel() {
        return channel;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
