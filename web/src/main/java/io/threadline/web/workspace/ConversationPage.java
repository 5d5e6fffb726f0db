package io.threadline.web.workspace;

import io.threadline.channel.outbound.ReplyService;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.collaboration.Notifications;
import io.threadline.shared.Channel;
import io.threadline.shared.ConflictException;
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

/**
 * A conversation: the customer's whole timeline, their profile, and the reply box. The timeline refreshes live, but
 * what arrives that way is only shown, marked new, not taken as read: a reply sent on it is held once by the
 * stale-reply guard (the newest entry the agent had seen goes with it), with a warning, and the second click sends.
 */
@Named("conversation")
@ViewScoped
public class ConversationPage implements Serializable {

    @EJB
    private ConversationWorkspace workspace;

    @EJB
    private ReplyService replies;

    @EJB
    private Notifications notifications;

    @Inject
    private SignedInAgent agent;

    private long id;
    private ConversationDetail detail;
    private String replyChannel;
    private String replyText;
    /** The newest entry the agent has seen: what the stale-reply guard compares with. */
    private Long seenUpTo;
    /** Entries from others written after this are marked new. */
    private Instant newAfter;

    public void load() {
        read();
        if (detail != null) {
            detail.newestEntry().ifPresent(seen -> {
                seenUpTo = seen.id();
                newAfter = seen.recordedAt();
            });
        }
    }

    /** A live refresh: the timeline shows what arrived, marked new; the agent has not read it yet. */
    public void refreshTimeline() {
        read();
    }

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            replies.reply(id, Channel.parse("channel", replyChannel), replyText, agent.getName(), seenUpTo);
            replyText = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Reply queued", null));
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

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }
}
