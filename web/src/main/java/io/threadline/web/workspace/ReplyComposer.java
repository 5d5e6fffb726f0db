package io.threadline.web.workspace;

import io.threadline.channel.outbound.ReplyAttachments;
import io.threadline.channel.outbound.ReplySettings;
import io.threadline.composer.CannedResponseView;
import io.threadline.composer.CannedResponses;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reply box's helpers on the conversation page: the canned response picker (filled in and handed to the page's
 * script, which puts it in the text box), the files chosen for the reply, and when to send it later. Times are in
 * the workspace's zone, the one the timeline shows.
 */
@Named("composer")
@ViewScoped
public class ReplyComposer implements Serializable {

    @EJB
    private CannedResponses canned;

    @EJB
    private ReplyAttachments attachments;

    @Inject
    private ReplySettings settings;

    @Inject
    private SignedInAgent agent;

    private List<CannedResponseView> cannedResponses;
    private Long cannedId;
    private final List<ReplyAttachments.Uploaded> files = new ArrayList<>();
    private LocalDateTime sendAt;

    public List<CannedResponseView> getCannedResponses() {
        if (cannedResponses == null) {
            cannedResponses = canned.visibleTo(agent.actor());
        }
        return cannedResponses;
    }

    /** The chosen canned response, filled in for the conversation, goes back to the page as {@code args.cannedText}. */
    public void insertCanned(long conversationId) {
        if (cannedId == null) {
            return;
        }
        try {
            CannedResponses.Rendered rendered = canned.render(cannedId, conversationId, agent.actor());
            PrimeFaces.current().ajax().addCallbackParam("cannedText", rendered.text());
        } catch (NotFoundException gone) {
            cannedResponses = null;
            error("That canned response was deleted; pick another one");
        } finally {
            cannedId = null;
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            files.add(attachments.upload(file.getFileName(), file.getContentType(), file.getContent(), agent.getName()));
        } catch (InvalidInputException e) {
            error(InputErrors.reason(e));
        }
    }

    public void remove(long fileId) {
        files.removeIf(file -> file.id() == fileId);
        attachments.discardUpload(fileId, agent.getName());
    }

    public void inOneHour() {
        sendAt = LocalDateTime.now(zone()).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
    }

    public void tomorrowMorning() {
        sendAt = LocalDateTime.of(LocalDate.now(zone()).plusDays(1), LocalTime.of(9, 0));
    }

    /** When to send, or null for now. */
    public Instant sendAtInstant() {
        return sendAt == null ? null : sendAt.atZone(zone()).toInstant();
    }

    public List<Long> attachmentIds() {
        return files.stream().map(ReplyAttachments.Uploaded::id).toList();
    }

    /** The reply went (or was scheduled): the box starts empty again. */
    public void sent() {
        files.clear();
        sendAt = null;
    }

    public String size(long bytes) {
        return ReplyAttachments.describe(bytes);
    }

    public long getMaxAttachmentBytes() {
        return settings.maxAttachmentBytes();
    }

    public String getMaxAttachmentSize() {
        return size(settings.maxAttachmentBytes());
    }

    public String getZoneName() {
        return zone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(zone());
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
    }

    public List<ReplyAttachments.Uploaded> getFiles() {
        return List.copyOf(files);
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }
}
