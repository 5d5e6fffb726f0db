package io.threadline.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file that came with a message or went with an agent's reply: referenced where the channel keeps it, stored in
 * Threadline ({@link AttachmentContent}, served at {@code /api/v1/attachments/{id}}), or omitted with the reason
 * (too large), its name, type and size still shown.
 */
@Embeddable
public class Attachment {

    public static final String CONTENT_PATH = "/api/v1/attachments/";

    @Column(name = "NAME", length = 255)
    private String name;

    @Column(name = "CONTENT_TYPE", length = 100)
    private String contentType;

    @Column(name = "URL", length = 2000)
    private String url;

    @Column(name = "SIZE_BYTES")
    private Long size;

    @Column(name = "CONTENT_ID")
    private Long contentId;

    @Column(name = "OMITTED", length = 300)
    private String omitted;

    protected Attachment() {
    }

    private Attachment(String name, String contentType, String url, Long size, Long contentId, String omitted) {
        this.name = name;
        this.contentType = contentType;
        this.url = url;
        this.size = size;
        this.contentId = contentId;
        this.omitted = omitted;
    }

    public static Attachment external(String name, String contentType, String url) {
        return new Attachment(name, contentType, url, null, null, null);
    }

    public static Attachment stored(String name, String contentType, Long size, long contentId) {
        return new Attachment(name, contentType, CONTENT_PATH + contentId, size, contentId, null);
    }

    public static Attachment omitted(String name, String contentType, Long size, String reason) {
        return new Attachment(name, contentType, null, size, null, reason);
    }

    /**
     * Retention deleted the file's content: the timeline still shows that there was a file, its type and size, and
     * {@code why} it is gone. {@code keepName} false for an anonymized customer, whose file names may name them.
     */
    Attachment removed(String why, boolean keepName) {
        return new Attachment(keepName ? name : null, contentType, null, size, null, why);
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public String getUrl() {
        return url;
    }

    public Long getSize() {
        return size;
    }

    public Long getContentId() {
        return contentId;
    }

    public String getOmitted() {
        return omitted;
    }
}
