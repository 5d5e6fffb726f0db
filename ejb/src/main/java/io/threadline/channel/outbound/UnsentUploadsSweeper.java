package io.threadline.channel.outbound;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every hour, deletes the files agents uploaded for a reply but never sent (the reply was dropped, the tab closed)
 * once they are older than {@code crm.replies.unsent-upload-retention}. Files that went out stay: customers hold
 * links to them and they are part of the timeline.
 */
@Singleton
public class UnsentUploadsSweeper {

    private static final Logger LOG = Logger.getLogger(UnsentUploadsSweeper.class.getName());

    @EJB
    private ReplyAttachments attachments;

    @Inject
    @ConfigProperty(name = "crm.replies.unsent-upload-retention", defaultValue = "P1D")
    Duration retention;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        sweep();
    }

    /** Deletes the unsent uploads older than the retention now; returns how many. */
    public int sweep() {
        int deleted = attachments.discardUnsentUploadedBefore(Instant.now().minus(retention));
        if (deleted > 0) {
            LOG.info(() -> deleted + " files uploaded for replies but never sent were deleted (older than " + retention + ")");
        }
        return deleted;
    }
}
