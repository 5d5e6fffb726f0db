package io.threadline.channel.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * Someone who opened the chat widget: their public visitor id (their CHAT identity's value), the SHA-256 of their
 * secret token, and what they typed into the pre-chat form.
 */
@Entity
@Table(name = "CHAT_VISITOR", uniqueConstraints = {
        @UniqueConstraint(name = "UQ_CHAT_VISITOR_ID", columnNames = "VISITOR_ID"),
        @UniqueConstraint(name = "UQ_CHAT_VISITOR_TOKEN", columnNames = "TOKEN_HASH")})
@NamedQuery(name = "ChatVisitor.byTokenHash", query = "SELECT v FROM ChatVisitor v WHERE v.tokenHash = :tokenHash")
@NamedQuery(name = "ChatVisitor.byVisitorId", query = "SELECT v FROM ChatVisitor v WHERE v.visitorId = :visitorId")
public class ChatVisitor {

    @Id
    @SequenceGenerator(name = "ChatVisitorSeq", sequenceName = "CHAT_VISITOR_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ChatVisitorSeq")
    private Long id;

    @Column(name = "VISITOR_ID", length = 40, nullable = false)
    private String visitorId;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "NAME", length = 200)
    private String name;

    @Column(name = "EMAIL", length = 320)
    private String email;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_SEEN_AT", nullable = false)
    private Instant lastSeenAt;

    protected ChatVisitor() {
    }

    ChatVisitor(String visitorId, String tokenHash, Instant at) {
        this.visitorId = visitorId;
        this.tokenHash = tokenHash;
        this.createdAt = at;
        this.lastSeenAt = at;
    }

    void seenAt(Instant at) {
        lastSeenAt = at;
    }

    /** The pre-chat form's answers; a later form replaces an earlier one. */
    void introduce(String newName, String newEmail) {
        name = newName;
        email = newEmail;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
