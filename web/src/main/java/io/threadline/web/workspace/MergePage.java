package io.threadline.web.workspace;

import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.CustomerView;
import io.threadline.identity.CustomerDirectory;
import io.threadline.identity.MergePreview;
import io.threadline.identity.MergeRecords;
import io.threadline.search.Search;
import io.threadline.search.SearchQuery;
import io.threadline.search.SearchResults;
import io.threadline.shared.ConflictException;
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
 * Merging two customers, {@code agent/merge.xhtml?customer=A[&with=B][&back=conversationId]}: find the other customer,
 * choose which profile survives, read the preview of exactly what moves, confirm. Refusals (the same customer, one
 * merged already) show as messages; after the merge the agent is back on the conversation (or the survivor's latest).
 */
@Named("mergePage")
@ViewScoped
public class MergePage implements Serializable {

    /** Which of the two profiles survives the merge. */
    public enum Keep { THIS, OTHER }

    @EJB
    private CustomerDirectory directory;

    @EJB
    private MergeRecords records;

    @EJB
    private CustomerMergeService merges;

    @EJB
    private Search search;

    @Inject
    private SignedInAgent agent;

    private long customer;
    private Long with;
    private Long back;
    private CustomerView self;
    private String find;
    private List<SearchResults.CustomerHit> candidates = List.of();
    private boolean searched;
    private Keep keep = Keep.THIS;
    private MergePreview preview;

    public void load() {
        self = directory.profile(customer).orElse(null);
        if (self == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        if (with != null && preview == null) {
            showPreview();
        }
    }

    public void findCustomers() {
        searched = true;
        try {
            candidates = search.search(new SearchQuery(find, SearchQuery.Group.CUSTOMERS, 0, SearchQuery.DEFAULT_LIMIT))
                    .customers().hits().stream().filter(hit -> hit.id() != customer).toList();
        } catch (InvalidInputException e) {
            candidates = List.of();
            refuse("Type at least " + SearchQuery.MIN_LENGTH + " characters of a name, email or phone number");
        }
    }

    public void choose(long other) {
        with = other;
        showPreview();
    }

    public void showPreview() {
        preview = null;
        try {
            preview = keep == Keep.THIS ? records.preview(customer, with) : records.preview(with, customer);
        } catch (ConflictException | NotFoundException e) {
            refuse(e.getMessage());
        }
    }

    public String merge() {
        if (preview == null) {
            refuse("Choose the other customer first");
            return null;
        }
        long survivor = preview.survivor().id();
        try {
            merges.merge(survivor, preview.merged().id(), agent.getName());
        } catch (ConflictException | NotFoundException e) {
            refuse(e.getMessage());
            showPreview();
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(CustomerMerges.MESSAGES, new FacesMessage(FacesMessage.SEVERITY_INFO, "Merged "
                + preview.merged().name() + " into " + preview.survivor().name(), null));
        Long open = back != null ? back : directory.profile(survivor).orElseThrow().conversations().stream()
                .reduce((first, second) -> second.lastActivityAt().isAfter(first.lastActivityAt()) ? second : first)
                .map(c -> c.id()).orElse(null);
        return open == null ? "/agent/search?faces-redirect=true&q=" + java.net.URLEncoder.encode(
                preview.survivor().name(), java.nio.charset.StandardCharsets.UTF_8)
                : "/agent/conversation?faces-redirect=true&id=" + open;
    }

    private static void refuse(String message) {
        FacesContext.getCurrentInstance().addMessage(CustomerMerges.MESSAGES,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Keep[] getKeeps() {
        return Keep.values();
    }

    public long getCustomer() {
        return customer;
    }

    public void setCustomer(long customer) {
        this.customer = customer;
    }

    public Long getWith() {
        return with;
    }

    public void setWith(Long with) {
        this.with = with;
    }

    public Long getBack() {
        return back;
    }

    public void setBack(Long back) {
        this.back = back;
    }

    /** The other customer's name, for the choice of which profile stays. */
    public String getOtherName() {
        return with == null ? null : directory.profile(with).map(CustomerView::name).orElse("customer " + with);
    }

    public CustomerView getSelf() {
        return self;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public List<SearchResults.CustomerHit> getCandidates() {
        return candidates;
    }

    public boolean isSearched() {
        return searched;
    }

    public Keep getKeep() {
        return keep;
    }

    public void setKeep(Keep keep) {
        this.keep = keep;
    }

    public MergePreview getPreview() {
        return preview;
    }
}
