package io.threadline.web.help;

import io.threadline.knowledge.ArticleContent;
import io.threadline.knowledge.ArticleHit;
import io.threadline.knowledge.ArticleIndex;
import io.threadline.knowledge.ArticleQuery;
import io.threadline.knowledge.ArticleStatus;
import io.threadline.knowledge.ArticleView;
import io.threadline.knowledge.HelpCenter;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The help center's pages ({@link HelpCenterRouter} gives them {@code lang}, and {@code id} or {@code q}): the
 * languages to switch to, a language's categories and articles, search results, and an article. A language without
 * articles, or one that is not a language, shows the home with nothing in it; an article that is not published does
 * not exist (404); an article reached by an old address (another slug, language) is sent on to its own.
 */
@Named("help")
@RequestScoped
public class HelpCenterPage {

    /** A language the reader can switch to, named in itself ("Deutsch"), and where the switch leads. */
    public record LanguageChoice(String code, String name, String url, boolean current) {
    }

    @Inject
    ExternalContext external;

    @EJB
    HelpCenter helpCenter;

    @EJB
    KnowledgeBase knowledge;

    @EJB
    ArticleIndex index;

    private String lang;
    private String q;
    private ArticleView article;
    private List<ArticleHit> results = List.of();
    private boolean searchRefused;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = external.getRequestParameterMap();
        lang = parameters.getOrDefault("lang", "en");
        q = parameters.get("q");
    }

    /** For the article page: the article, or 404, or a redirect to its own address. */
    public void loadArticle() throws IOException {
        try {
            article = knowledge.published(Long.parseLong(external.getRequestParameterMap().get("id")));
        } catch (NotFoundException | NumberFormatException e) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such article");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        String own = external.getRequestContextPath() + article.url();
        String asked = ((HttpServletRequest) external.getRequest())
                .getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String uri ? uri : own;
        if (!asked.equals(own)) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", own);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** For the search page: the results, or the reason the words were refused (400). */
    public void search() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            results = index.search(ArticleQuery.of(q, lang, 20));
        } catch (InvalidInputException e) {
            searchRefused = true;
            ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    public String getLang() {
        return lang;
    }

    public String getQ() {
        return q;
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<ArticleHit> getResults() {
        return results;
    }

    public boolean isSearchRefused() {
        return searchRefused;
    }

    /** The day the article last changed, as the page's language writes a date. */
    public String getUpdated() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(getHtmlLang()))
                .withZone(ZoneOffset.UTC).format(article.updatedAt());
    }

    public List<HelpCenter.Category> getCategories() {
        return helpCenter.categories(lang);
    }

    /** The languages with articles; on an article's page each leads to its translation, if it has one. */
    public List<LanguageChoice> getLanguages() {
        String context = external.getRequestContextPath();
        return helpCenter.languages().stream().map(code -> new LanguageChoice(code, languageName(code),
                context + translationIn(code), code.equals(lang))).toList();
    }

    private String translationIn(String code) {
        if (article != null) {
            if (article.language().equals(code)) {
                return article.url();
            }
            for (ArticleView.Translation t : article.translations()) {
                if (t.language().equals(code) && t.status() == ArticleStatus.PUBLISHED) {
                    return t.url();
                }
            }
        }
        return "/help/" + code;
    }

    private static String languageName(String code) {
        Locale language = Locale.forLanguageTag(code);
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The page's language when it is one ({@code lang} of the html element). */
    public String getHtmlLang() {
        try {
            return ArticleContent.language(lang);
        } catch (InvalidInputException notALanguage) {
            return "en";
        }
    }
}
