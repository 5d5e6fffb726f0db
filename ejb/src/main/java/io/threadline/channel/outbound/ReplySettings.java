package io.threadline.channel.outbound;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/** Limits of agents' replies, and where customers fetch the files sent with them ({@code crm.replies.*}). */
@Dependent
public class ReplySettings implements Serializable {

    /** Where files sent to customers are served, under this server's context root. */
    public static final String FILES_PATH = "/files/";

    @Inject
    @ConfigProperty(name = "crm.replies.max-schedule-ahead", defaultValue = "P30D")
    Duration maxScheduleAhead;

    @Inject
    @ConfigProperty(name = "crm.replies.max-attachment-size", defaultValue = "10485760")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "crm.replies.max-attachments", defaultValue = "10")
    int maxAttachments;

    @Inject
    @ConfigProperty(name = "crm.replies.stuck-after", defaultValue = "PT10M")
    Duration stuckAfter;

    @Inject
    @ConfigProperty(name = "crm.replies.confirm-after", defaultValue = "PT5M")
    Duration confirmAfter;

    @Inject
    @ConfigProperty(name = "crm.replies.file-link-lifetime", defaultValue = "P7D")
    Duration fileLinkLifetime;

    @Inject
    @ConfigProperty(name = "crm.replies.public-base-url")
    Optional<String> publicBaseUrl;

    public Duration maxScheduleAhead() {
        return maxScheduleAhead;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    /** The server's address as customers and providers reach it (e.g. {@code https://crm.example.com}), if set. */
    public Optional<String> publicBaseUrl() {
        return publicBaseUrl.map(String::strip).filter(url -> !url.isEmpty()).map(url -> url.replaceAll("/+$", ""));
    }

    /** After how long a reply still waiting to go out is shown to admins as stuck ({@link StuckReplies}). */
    public Duration stuckAfter() {
        return stuckAfter;
    }

    /** After how long a reply handed to its provider without an answer back is confirmed ({@link UnconfirmedReplies}). */
    public Duration confirmAfter() {
        return confirmAfter;
    }

    /** How long a link to a file sent to a customer works ({@link FileLinks}). */
    public Duration fileLinkLifetime() {
        return fileLinkLifetime;
    }
}
