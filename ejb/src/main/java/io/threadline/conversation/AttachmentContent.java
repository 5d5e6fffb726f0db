package io.threadline.conversation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * The bytes of an attachment that came with a message (an email's parts), kept so that agents can open it.
 * (source, position) names it within its message, so a message imported twice stores its files once.
 */
@Entity
@Table(name = "ATTACHMENT_CONTENT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ATTACHMENT_SOURCE", columnNames = {"SOURCE", "POSITION"}))
@NamedQuery(name = "AttachmentContent.bySource",
        query = "SELECT a FROM AttachmentContent a WHERE a.source = :source AND a.position = :position")
public class AttachmentContent {

    /** Larger than any attachment limit one would configure; Derby needs a BLOB's size declared. */
    static final int MAX_BYTES = 1_073_741_824;

    @Id
    @SequenceGenerator(name = "AttachmentSeq", sequenceName = "ATTACHMENT_CONTENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AttachmentSeq")
    private Long id;

    /** The message it came with, e.g. {@code EMAIL <message-id>}. */
    @Column(name = "SOURCE", length = 300, nullable = false)
    private String source;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "NAME", length = 255, nullable = false)
    private String name;

    @Column(name = "CONTENT_TYPE", length = 100, nullable = false)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", length = MAX_BYTES, nullable = false)
    private byte[] content;

    @Column(name = "STORED_AT", nullable = false)
    private Instant storedAt;

    protected AttachmentContent() {
    }

    public AttachmentContent(String source, int position, String name, String contentType, byte[] content) {
        this.source = source;
        this.position = position;
        this.name = name;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.storedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
