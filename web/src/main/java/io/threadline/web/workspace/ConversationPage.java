package io.threadline.web.workspace;

import io.threadline.channel.outbound.ReplyService;
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

/** A conversation: the customer's whole timeline, their profile, and the reply box. */
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

    public void load() {
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

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            replies.reply(id, Channel.parse("channel", replyChannel), replyText, agent.getName());
            replyText = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Reply queued", null));
        } catch (InvalidInputException | ConflictException e) {
            faces.addMessage("reply", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
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
