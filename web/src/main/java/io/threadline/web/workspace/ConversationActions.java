package io.threadline.web.workspace;

import io.threadline.assist.frustration.Frustration;
import io.threadline.assist.frustration.FrustrationSettings;
import io.threadline.routing.Assignments;
import io.threadline.collaboration.Notes;
import io.threadline.collaboration.StatusChanges;
import io.threadline.collaboration.Tagging;
import io.threadline.routing.Teams;
import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.identity.CustomerTiers;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The teamwork actions on the conversation page: assign, escalate, status and snooze, internal notes, tags and
 * (for supervisors) the customer's VIP tier. Each action reloads the page's conversation so the timeline shows
 * the system entry it wrote; a refusal shows as a message and changes nothing.
 */
@Named("actions")
@ViewScoped
public class ConversationActions implements Serializable {

    /** A workspace action that may be refused with a message for the agent. */
    private interface Action {
        void run();
    }

    @EJB
    private Assignments assignments;

    @EJB
    private StatusChanges statuses;

    @EJB
    private Notes notes;

    @EJB
    private Tagging tagging;

    @EJB
    private CustomerTiers tiers;

    @Inject
    private Teams teams;

    @Inject
    private ConversationPage conversation;

    @Inject
    private SignedInAgent agent;

    @Inject
    private FrustrationWarning frustration;

    @Inject
    private FrustrationSettings frustrationSettings;

    /** Where a result is shown: above the timeline for the toolbar's actions, in the aside for the others. */
    private static final String TOOLBAR = "actions";
    private static final String ASIDE = "teamwork";

    private String assignee;
    private String team;
    private String assignReason;
    private String escalateReason;
    private String frustrationTeam;
    private LocalDateTime snoozeUntil;
    private String noteText;
    private String newTag;

    public void take() {
        perform(TOOLBAR, "You have the conversation", () -> assignments.assign(conversation.getId(), agent.getName(), null, agent.actor()));
    }

    /** Takes the most urgent unassigned conversation of this conversation's queue and opens it. */
    public String takeNext() {
        String queue = conversation.getDetail().conversation().queue();
        try {
            return "/agent/conversation?faces-redirect=true&id=" + assignments.takeNext(queue, agent.actor()).getId();
        } catch (NotFoundException e) {
            refuse(TOOLBAR, "No unassigned conversation waits in the " + queue + " queue");
            conversation.load();
            return null;
        }
    }

    public void assign() {
        perform(TOOLBAR, "Assigned to " + assignee, () -> assignments.assign(conversation.getId(), assignee, assignReason, agent.actor()));
    }

    public void escalate() {
        perform(TOOLBAR, "Escalated to " + team, () -> assignments.escalate(conversation.getId(), team, escalateReason, agent.actor()));
    }

    /** The rising-frustration warning's one click: escalates to its team, saying how the customer's urgency climbed. */
    public void escalateFrustration() {
        Frustration rising = frustration.getRising();
        if (rising == null) {
            refuse(TOOLBAR, "The customer's frustration is not rising any more; nothing was escalated");
            conversation.load();
            return;
        }
        String to = getFrustrationTeam();
        perform(TOOLBAR, "Escalated to " + to, () -> assignments.escalate(conversation.getId(), to,
                "Frustration rising: " + rising.climb(), agent.actor()));
    }

    public void changeStatus(String status) {
        ConversationStatus chosen = ConversationStatus.valueOf(status);
        perform(TOOLBAR, chosen == ConversationStatus.RESOLVED ? "Resolved" : "Status set to " + chosen.name().toLowerCase(),
                () -> statuses.change(conversation.getId(), chosen, null, agent.actor()));
    }

    public void snooze() {
        if (snoozeUntil == null) {
            refuse(TOOLBAR, "Choose when the conversation should come back");
            return;
        }
        perform(TOOLBAR, "Snoozed", () -> statuses.change(conversation.getId(), ConversationStatus.SNOOZED,
                snoozeUntil.atZone(ZoneId.systemDefault()).toInstant(), agent.actor()));
    }

    public void addNote() {
        perform(ASIDE, "Note added", () -> {
            Notes.Added added = notes.add(conversation.getId(), noteText, agent.actor());
            if (!added.notified().isEmpty()) {
                FacesContext.getCurrentInstance().addMessage(ASIDE, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        "Notified " + String.join(", ", added.notified()), null));
            }
        });
    }

    public void addTag() {
        perform(ASIDE, null, () -> tagging.add(conversation.getId(), newTag, agent.actor()));
    }

    public void removeTag(String tag) {
        perform(ASIDE, null, () -> tagging.remove(conversation.getId(), tag, agent.actor()));
    }

    public void markVip(boolean vip) {
        long customerId = conversation.getDetail().customer().id();
        perform(ASIDE, vip ? "Marked as VIP" : "VIP service ended",
                () -> tiers.change(customerId, vip ? CustomerTier.VIP : CustomerTier.STANDARD, agent.actor()));
    }

    private void perform(String where, String done, Action action) {
        try {
            action.run();
            assignReason = null;
            escalateReason = null;
            noteText = null;
            newTag = null;
            snoozeUntil = null;
            if (done != null) {
                FacesContext.getCurrentInstance().addMessage(where, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            }
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            refuse(where, e.getMessage());
        }
        conversation.load();
    }

    private static void refuse(String where, String message) {
        FacesContext.getCurrentInstance().addMessage(where, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Whom the signed-in person may assign to: a supervisor anyone of the teams, an agent only themselves. */
    public List<String> getAssignees() {
        return agent.isSupervisor() ? List.copyOf(teams.agents()) : List.of(agent.getName());
    }

    public Set<String> getTeams() {
        return teams.names();
    }

    /** The team the warning escalates to: chosen on it, else crm.assist.frustration.escalate-to, else the first team. */
    public String getFrustrationTeam() {
        if (frustrationTeam == null) {
            frustrationTeam = frustrationSettings.escalateTo().orElseGet(() -> teams.names().stream().findFirst().orElse(null));
        }
        return frustrationTeam;
    }

    public void setFrustrationTeam(String frustrationTeam) {
        this.frustrationTeam = frustrationTeam;
    }

    /** Whether the conversation already waits in (or is worked from) the queue of the warning's team. */
    public boolean isWithFrustrationTeam() {
        String team = getFrustrationTeam();
        return team != null && teams.queueOf(team).filter(conversation.getDetail().conversation().queue()::equals).isPresent();
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAssignReason() {
        return assignReason;
    }

    public void setAssignReason(String assignReason) {
        this.assignReason = assignReason;
    }

    public String getEscalateReason() {
        return escalateReason;
    }

    public void setEscalateReason(String escalateReason) {
        this.escalateReason = escalateReason;
    }

    public LocalDateTime getSnoozeUntil() {
        return snoozeUntil;
    }

    public void setSnoozeUntil(LocalDateTime snoozeUntil) {
        this.snoozeUntil = snoozeUntil;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }
}
