package io.threadline.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file that came with a message, referenced where the channel keeps it. */
@Embeddable
public class Attachment {

    @Column(name = "NAME", length = 255)
    private String name;

    @Column(name = "CONTENT_TYPE", length = 100)
    private String contentType;

    @Column(name = "URL", length = 2000)
    private String url;

    protected Attachment() {
    }

    public Attachment(String name, String contentType, String url) {
        this.name = name;
        this.contentType = contentType;
        this.url = url;
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
}
