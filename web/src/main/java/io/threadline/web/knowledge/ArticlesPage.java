package io.threadline.web.knowledge;

import io.threadline.knowledge.ArticleFilter;
import io.threadline.knowledge.ArticleStatus;
import io.threadline.knowledge.ArticleSummary;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/**
 * The editors' list of help articles, {@code knowledge/articles.xhtml?title=&language=&status=}: every status, by
 * category and title, filtered as the address says (a bookmarkable filter).
 */
@Named("articlesPage")
@RequestScoped
public class ArticlesPage {

    @EJB
    private KnowledgeBase knowledge;

    private String title;
    private String language;
    private String status;
    private List<ArticleSummary> articles = List.of();
    private String refusal;

    public void load() {
        try {
            articles = knowledge.list(new ArticleFilter(title, language, status()));
        } catch (InvalidInputException e) {
            refusal = e.getMessage();
        }
    }

    /** The filter form's answer: the list's address with the filter in it, so that it can be bookmarked. */
    public String filter() {
        return "/knowledge/articles?faces-redirect=true&includeViewParams=true";
    }

    private ArticleStatus status() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be draft, published or archived, not '" + status + "'");
        }
    }

    /** Whether the list stops at its limit, so there may be more than it shows. */
    public boolean isCut() {
        return articles.size() == ArticleFilter.MAX_ROWS;
    }

    public int getMaxRows() {
        return ArticleFilter.MAX_ROWS;
    }

    public List<Languages.Language> getLanguages() {
        return Languages.ALL;
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public List<ArticleSummary> getArticles() {
        return articles;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
