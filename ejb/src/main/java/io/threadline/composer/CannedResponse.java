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
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A reply agents keep ready, with {@link Placeholders} filled in when it is used. Shared with the whole team (managed by
 * supervisors and admins) or personal to its owner, whom alone sees and edits it.
 */
@Entity
@Table(name = "CANNED_RESPONSE")
@NamedQuery(name = "CannedResponse.visibleTo", query = "SELECT r FROM CannedResponse r WHERE r.owner IS NULL OR r.owner = :user"
        + " ORDER BY r.title, r.id")
@NamedQuery(name = "CannedResponse.count", query = "SELECT COUNT(r) FROM CannedResponse r")
public class CannedResponse {

    static final int MAX_TITLE = 200;
    static final int MAX_SHORTCUT = 40;
    static final int MAX_BODY = 10_000;

    @Id
    @SequenceGenerator(name = "CannedResponseSeq", sequenceName = "CANNED_RESPONSE_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CannedResponseSeq")
    private Long id;

    @Column(name = "TITLE", length = MAX_TITLE, nullable = false)
    private String title;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    /** A word to find it by in the picker (e.g. {@code refund}); optional. */
    @Column(name = "SHORTCUT", length = MAX_SHORTCUT)
    private String shortcut;

    /** The agent it belongs to; null for a shared one. */
    @Column(name = "OWNER", length = 100)
    private String owner;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String owner, String title, String shortcut, String body, String by) {
        this.owner = owner;
        change(title, shortcut, body, by);
    }

    public void change(String title, String shortcut, String body, String by) {
        this.title = title;
        this.shortcut = shortcut;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public boolean isShared() {
        return owner == null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getShortcut() {
        return shortcut;
    }

    public String getOwner() {
        return owner;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
