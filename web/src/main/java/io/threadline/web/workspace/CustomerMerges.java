package io.threadline.web.workspace;

import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.MergeRecords;
import io.threadline.identity.MergeSuggestion;
import io.threadline.identity.MergeSuggestions;
import io.threadline.identity.MergeView;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The conversation page's part about who the customer is: merge suggestions ("Possibly the same person") with
 * "Not the same person", the merges into this customer with "Undo merge" (also offered on the merge's system entry
 * in the timeline). Each action reloads the conversation page; a refusal shows as a message.
 */
@Named("customerMerges")
@RequestScoped
public class CustomerMerges {

    /** The key of the messages of merges, suggestions and undo (shown in the profile aside and on the merge page). */
    public static final String MESSAGES = "customers";

    @EJB
    private MergeSuggestions suggestions;

    @EJB
    private MergeRecords records;

    @EJB
    private CustomerMergeService merges;

    @Inject
    private ConversationPage conversation;

    @Inject
    private SignedInAgent agent;

    private List<MergeSuggestion> suggested;
    private List<MergeView> mergesInto;

    public List<MergeSuggestion> getSuggestions() {
        if (suggested == null) {
            suggested = customerId().map(suggestions::forCustomer).orElse(List.of());
        }
        return suggested;
    }

    /** The merges into this customer that can be undone, newest first. */
    public List<MergeView> getMerges() {
        if (mergesInto == null) {
            mergesInto = customerId().map(records::mergesInto).orElse(List.of()).stream().filter(m -> !m.undone()).toList();
        }
        return mergesInto;
    }

    /** The merge a system entry of the timeline tells about, when it can be undone from there. */
    public MergeView mergeToldBy(Long entryId) {
        return getMerges().stream().filter(m -> entryId.equals(m.systemEntryId())).findFirst().orElse(null);
    }

    public void dismiss(long otherId, String otherName) {
        perform("Noted: " + otherName + " is not the same person",
                () -> suggestions.dismiss(customerId().orElseThrow(), otherId, agent.getName()));
    }

    public void undo(long mergeId) {
        perform("Merge undone", () -> merges.undo(customerId().orElseThrow(), mergeId, agent.getName()));
    }

    private void perform(String done, Runnable action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            faces.addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        suggested = null;
        mergesInto = null;
        conversation.load();
    }

    private Optional<Long> customerId() {
        return Optional.ofNullable(conversation.getDetail()).map(d -> d.customer().id());
    }
}
