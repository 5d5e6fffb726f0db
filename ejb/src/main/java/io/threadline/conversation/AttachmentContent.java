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

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The bytes of an attachment that came with a message (an email's parts), kept so that agents can open it, or of a
 * file an agent uploaded for a reply ({@code uploadedBy}). (source, position) names it within its message, so a
 * message imported twice stores its files once. A file sent with a reply gets a {@code publicToken}: customers and
 * providers fetch it at {@code /files/{token}}, without a login.
 */
@Entity
@Table(name = "ATTACHMENT_CONTENT",
        uniqueConstraints = {@UniqueConstraint(name = "UQ_ATTACHMENT_SOURCE", columnNames = {"SOURCE", "POSITION"}),
                // declared on the table: EclipseLink leaves a unique nullable column's constraint out on Derby
                @UniqueConstraint(name = "UQ_ATTACHMENT_PUBLIC_TOKEN", columnNames = "PUBLIC_TOKEN")})
@NamedQuery(name = "AttachmentContent.bySource",
        query = "SELECT a FROM AttachmentContent a WHERE a.source = :source AND a.position = :position")
@NamedQuery(name = "AttachmentContent.byPublicToken",
        query = "SELECT a FROM AttachmentContent a WHERE a.publicToken = :token")
public class AttachmentContent {

    /** Larger than any attachment limit one would configure; Derby needs a BLOB's size declared. */
    static final int MAX_BYTES = 1_073_741_824;

    private static final SecureRandom RANDOM = new SecureRandom();

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

    @Column(name = "UPLOADED_BY", length = 100)
    private String uploadedBy;

    @Column(name = "PUBLIC_TOKEN", length = 64)
    private String publicToken;

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

    /** A file an agent uploaded to send with a reply. */
    public static AttachmentContent upload(String uploadedBy, String name, String contentType, byte[] content) {
        AttachmentContent file = new AttachmentContent("UPLOAD " + UUID.randomUUID(), 0, name, contentType, content);
        file.uploadedBy = uploadedBy;
        return file;
    }

    /** The file goes to a customer: from now on it can be fetched, without a login, by the unguessable token. */
    public String publish() {
        if (publicToken == null) {
            byte[] random = new byte[24];
            RANDOM.nextBytes(random);
            publicToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return publicToken;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getPublicToken() {
        return publicToken;
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
