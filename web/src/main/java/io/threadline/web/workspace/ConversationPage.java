package io.threadline.web.workspace;

import io.threadline.audit.AuditLog;
import io.threadline.channel.outbound.NewReply;
import io.threadline.channel.outbound.ReplyService;
import io.threadline.channel.outbound.ScheduledReplies;
import io.threadline.composer.Drafts;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.collaboration.Notifications;
import io.threadline.shared.Channel;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.NotFoundException;
import io.threadline.shared.InvalidInputException;
import io.threadline.workspace.ConversationDetail;
import io.threadline.workspace.ConversationWorkspace;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation: the customer's whole timeline, their profile, and the reply box. The timeline refreshes live, but
 * what arrives that way is only shown, marked new, not taken as read: a reply sent on it is held once by the
 * stale-reply guard (the newest entry the agent had seen goes with it), with a warning, and the second click sends.
 * What the agent types is kept as their private draft of the conversation and is back in the box when they return;
 * the box's helpers (canned responses, files, send later) are in {@link ReplyComposer}.
 */
@Named("conversation")
@ViewScoped
public class ConversationPage implements Serializable {

    @EJB
    private ConversationWorkspace workspace;

    @EJB
    private ReplyService replies;

    @EJB
    private ScheduledReplies scheduled;

    @EJB
    private Drafts drafts;

    @EJB
    private Notifications notifications;

    @EJB
    private AuditLog audit;

    @Inject
    private SignedInAgent agent;

    @Inject
    private ReplyComposer composer;

    @Inject
    private DisplayFormat display;

    private long id;
    private ConversationDetail detail;
    private String replyChannel;
    private String replyText;
    /** The newest entry the agent has seen: what the stale-reply guard compares with. */
    private Long seenUpTo;
    /** Entries from others written after this are marked new. */
    private Instant newAfter;
    /** When the agent's draft in the box was last saved. */
    private Instant draftSavedAt;

    public void load() {
        read();
        if (detail != null) {
            audit.customerViewed(agent.getName(), detail.customer().id(), "conversation " + id);
            detail.newestEntry().ifPresent(seen -> {
                seenUpTo = seen.id();
                newAfter = seen.recordedAt();
            });
            if (replyText == null) {
                restoreDraft();
            }
        }
    }

    private void restoreDraft() {
        drafts.of(id, agent.getName()).ifPresent(draft -> {
            replyText = draft.text();
            draftSavedAt = draft.savedAt();
            if (draft.channel() != null && detail.replyChannels().contains(draft.channel())) {
                replyChannel = draft.channel();
            }
        });
    }

    /**
     * Keeps what is in the box as the agent's draft (composer.js calls it while they type and when they leave the box).
     * The text comes as a parameter of its own, not through the box's value: a save still on its way when the agent
     * sends must not put the text back in the box.
     */
    public void saveDraft() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String text = params.get("draftText");
        String channel = params.get("draftChannel");
        try {
            drafts.save(id, agent.getName(), text, channel == null || channel.isBlank() ? null : Channel.parse("channel", channel));
            draftSavedAt = text == null || text.isBlank() ? null : Instant.now();
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** A live refresh: the timeline shows what arrived, marked new; the agent has not read it yet. */
    public void refreshTimeline() {
        read();
    }

    public void send() {
        submit(null);
    }

    /** Sends the reply at the time chosen in the box. */
    public void schedule() {
        if (composer.sendAtInstant() == null) {
            FacesContext.getCurrentInstance().addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose when to send the reply", null));
            return;
        }
        submit(composer.sendAtInstant());
    }

    private void submit(Instant sendAt) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            TimelineEntry reply = replies.reply(id, new NewReply(Channel.parse("channel", replyChannel), replyText,
                    composer.attachmentIds(), seenUpTo, sendAt), agent.getName());
            replyText = null;
            draftSavedAt = null;
            composer.sent();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, sendAt == null ? "Reply queued"
                    : "Reply scheduled for " + display.time(reply.getScheduledFor()), null));
            load();
        } catch (ConflictException e) {
            faces.addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
            read();
            if (detail != null) {
                // The warning and the new entries are in front of the agent now: the second click sends.
                detail.newestEntry().ifPresent(seen -> seenUpTo = seen.id());
            }
        } catch (InvalidInputException e) {
            faces.addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** Cancels a scheduled reply before it goes. */
    public void cancelScheduled(long entryId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            scheduled.cancel(id, entryId, agent.actor());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Scheduled reply cancelled", null));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        read();
    }

    /** Whether the entry is a customer's message or another agent's reply the agent has not seen yet. */
    public boolean isNew(TimelineEntryView entry) {
        return newAfter != null && entry.recordedAt().isAfter(newAfter)
                && ("INBOUND".equals(entry.direction())
                || "OUTBOUND".equals(entry.direction()) && !entry.author().equals(agent.getName()));
    }

    private void read() {
        detail = workspace.open(id).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        notifications.markConversationRead(id, agent.getName());
        if (replyChannel == null && !detail.replyChannels().isEmpty()) {
            replyChannel = detail.replyChannels().get(0);
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConversationDetail getDetail() {
        return detail;
    }

    public String getReplyChannel() {
        return replyChannel;
    }

    public void setReplyChannel(String replyChannel) {
        this.replyChannel = replyChannel;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }
}
