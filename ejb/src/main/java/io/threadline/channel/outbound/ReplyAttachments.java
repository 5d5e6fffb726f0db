package io.threadline.channel.outbound;

import io.threadline.conversation.Attachment;
import io.threadline.conversation.AttachmentContent;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Files agents send with replies. A file is uploaded first (stored, private to the agent who uploaded it) and then
 * named by its id in the reply, which checks that the channel can carry files before anything else is stored; the
 * files then show on the reply's timeline entry and are published ({@link AttachmentContent#publish}) for the customer.
 */
@Stateless
public class ReplyAttachments {

    /** An uploaded file, ready to be named in a reply. */
    public record Uploaded(long id, String name, String contentType, long size) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private ReplySettings settings;

    @Inject
    private Connectors connectors;

    @Inject
    private FileLinks links;

    public Uploaded upload(String name, String contentType, byte[] content, String uploadedBy) {
        String fileName = fileName(name);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", fileName + " is empty");
        }
        if (content.length > settings.maxAttachmentBytes()) {
            throw new InvalidInputException("file", fileName + " is " + describe(content.length) + "; files sent to customers"
                    + " may be at most " + describe(settings.maxAttachmentBytes()));
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType.strip().toLowerCase(Locale.ROOT);
        AttachmentContent file = AttachmentContent.upload(uploadedBy, fileName, type, content);
        em.persist(file);
        em.flush();
        return new Uploaded(file.getId(), file.getName(), file.getContentType(), file.getSize());
    }

    /** Drops a file its uploader chose not to send after all; a file already sent stays. */
    public void discardUpload(long id, String uploadedBy) {
        AttachmentContent file = em.find(AttachmentContent.class, id);
        if (file != null && uploadedBy.equals(file.getUploadedBy()) && file.getPublicToken() == null) {
            em.remove(file);
        }
    }

    /** Deletes the files uploaded before {@code cutoff} that never went out with a reply; returns how many. */
    public int discardUnsentUploadedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM AttachmentContent a WHERE a.uploadedBy IS NOT NULL AND a.publicToken IS NULL"
                + " AND a.storedAt < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }

    /**
     * The files for a reply by {@code author} on the channel, published; refused (400, field {@code attachments}) when
     * there are too many, one is not the author's upload, or the channel cannot carry files.
     */
    public List<Attachment> forReply(List<Long> ids, Channel channel, String author) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > settings.maxAttachments()) {
            throw new InvalidInputException("attachments", "a reply can carry at most " + settings.maxAttachments() + " files");
        }
        connectors.forChannel(channel).flatMap(connector -> connector.refusesFiles(channel)).ifPresent(reason -> {
            throw new InvalidInputException("attachments", reason);
        });
        List<Attachment> files = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            AttachmentContent file = em.find(AttachmentContent.class, id);
            if (file == null || !author.equals(file.getUploadedBy())) {
                throw new InvalidInputException("attachments", "file " + id + " is not one you uploaded (POST /api/v1/attachments)");
            }
            file.publish();
            files.add(Attachment.stored(file.getName(), file.getContentType(), file.getSize(), file.getId()));
        }
        return files;
    }

    /** The reply's files as its connector sends them. */
    public List<OutgoingReply.OutgoingFile> outgoing(TimelineEntry reply) {
        return reply.getAttachments().stream().filter(a -> a.getContentId() != null).map(a -> {
            AttachmentContent file = em.find(AttachmentContent.class, a.getContentId());
            return new OutgoingReply.OutgoingFile(a.getName(), a.getContentType(), file.getSize(), file.getId(),
                    links.urlFor(file.publish()));
        }).toList();
    }

    /** A file's name without any folder a browser put in front of it. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            throw new InvalidInputException("file", "has no name");
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
}
