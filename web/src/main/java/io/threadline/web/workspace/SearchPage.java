package io.threadline.web.workspace;

import io.threadline.search.Search;
import io.threadline.search.SearchQuery;
import io.threadline.search.SearchResults;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The search page, {@code agent/search.xhtml?q=...} (the top bar's search box sends there): customers, conversations
 * and messages that match; {@code group} and {@code offset} page through one group.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    @EJB
    private Search search;

    private String q;
    private String group;
    private int offset;
    private SearchResults results;
    private String refusal;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            results = search.search(new SearchQuery(q, SearchQuery.group(group), offset, SearchQuery.DEFAULT_LIMIT));
        } catch (InvalidInputException e) {
            refusal = q.strip().length() < SearchQuery.MIN_LENGTH
                    ? "Type at least " + SearchQuery.MIN_LENGTH + " characters to search." : e.getMessage();
        }
    }

    /** Whether a group is shown: every group on the first page, only the paged one otherwise. */
    public boolean shows(String name) {
        return group == null || group.isBlank() || group.equalsIgnoreCase(name);
    }

    public boolean isPaged() {
        return group != null && !group.isBlank();
    }

    public int getNextOffset() {
        return offset + SearchQuery.DEFAULT_LIMIT;
    }

    public int getPreviousOffset() {
        return Math.max(0, offset - SearchQuery.DEFAULT_LIMIT);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = Math.max(0, offset);
    }

    public SearchResults getResults() {
        return results;
    }

    public String getRefusal() {
        return refusal;
    }
}
