package io.threadline.web.workspace;

import io.threadline.collaboration.ConversationMerge;
import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * "Merge into…" on the conversation page's toolbar: the customer's other conversations, a preview of what the merge
 * moves once one is chosen, and the merge, after which the agent is on the conversation merged into.
 */
@Named("merging")
@ViewScoped
public class MergeForm implements Serializable {

    private static final String TOOLBAR = "actions";

    @EJB
    private ConversationMerge merges;

    @Inject
    private ConversationPage conversation;

    @Inject
    private SignedInAgent agent;

    @Inject
    private DisplayFormat display;

    private List<ConversationMerge.Candidate> candidates;
    private Long target;
    private ConversationMerge.Preview preview;

    public List<ConversationMerge.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = conversation.getDetail() == null || conversation.getDetail().conversation().mergedInto() != null
                    ? List.of() : merges.candidates(conversation.getId());
        }
        return candidates;
    }

    /** "#151 · Order 4411 late · SMS · open · 12 entries · bob" */
    public String label(ConversationMerge.Candidate c) {
        return "#" + c.id() + " · " + (c.subject() == null ? "Conversation on " + display.channel(c.startedOn()) : c.subject())
                + (c.subject() == null ? "" : " · " + display.channel(c.startedOn()))
                + " · " + c.status().toLowerCase() + " · " + c.entries() + (c.entries() == 1 ? " entry" : " entries")
                + (c.assignee() == null ? "" : " · " + c.assignee());
    }

    /** The conversation to merge into was chosen: what would move. */
    public void showPreview() {
        preview = null;
        if (target == null) {
            return;
        }
        try {
            preview = merges.preview(conversation.getId(), target);
        } catch (InvalidInputException | ConflictException | NotFoundException e) {
            refuse(e.getMessage());
        }
    }

    public String merge() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long into = merges.merge(conversation.getId(), target, agent.actor()).getId();
            faces.addMessage(TOOLBAR, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Merged #" + conversation.getId() + " into this conversation", null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/agent/conversation?faces-redirect=true&id=" + into;
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            refuse(e.getMessage());
            candidates = null;
            preview = null;
            conversation.load();
            return null;
        }
    }

    private static void refuse(String message) {
        FacesContext.getCurrentInstance().addMessage(TOOLBAR, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public ConversationMerge.Preview getPreview() {
        return preview;
    }
}
