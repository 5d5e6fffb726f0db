package io.threadline.web.knowledge;

import io.threadline.knowledge.ArticleContent;
import io.threadline.knowledge.ArticleRevisionView;
import io.threadline.knowledge.ArticleStatus;
import io.threadline.knowledge.ArticleText;
import io.threadline.knowledge.ArticleView;
import io.threadline.knowledge.HelpCenter;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import io.threadline.web.workspace.InputErrors;
import io.threadline.web.workspace.SignedInAgent;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article editor, {@code knowledge/article.xhtml}: {@code ?id=} edits an article, {@code ?translationOf=&language=}
 * starts its translation from the original's text, neither starts a new article. The Markdown is previewed as the help
 * center will show it (sanitized); a save refused because someone else saved meanwhile names them and keeps the text.
 */
@Named("articleEditor")
@ViewScoped
public class ArticleEditorPage implements Serializable {

    @EJB
    private KnowledgeBase knowledge;

    @EJB
    private HelpCenter helpCenter;

    @Inject
    private SignedInAgent agent;

    private Long id;
    private Long translationOf;
    private String language = "en";
    private String title;
    private String category;
    private String tags;
    private String status = ArticleStatus.DRAFT.name();
    private String body;
    private ArticleView article;
    private ArticleView original;
    private List<ArticleRevisionView> revisions = List.of();
    private String missing;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id != null) {
                show(knowledge.get(id));
            } else if (translationOf != null) {
                startTranslation(knowledge.get(translationOf));
            }
        } catch (NotFoundException e) {
            missing = e.getMessage();
        } catch (InvalidInputException e) {
            missing = "Cannot translate into '" + language + "': " + InputErrors.reason(e);
        }
    }

    private void show(ArticleView view) {
        article = view;
        id = view.id();
        language = view.language();
        title = view.title();
        category = view.category();
        tags = String.join(", ", view.tags());
        status = view.status().name();
        body = view.body();
        revisions = knowledge.revisions(view.id());
    }

    private void startTranslation(ArticleView from) {
        language = ArticleContent.language(language);
        original = from;
        from.translations().stream().filter(t -> t.language().equals(language)).findFirst()
                .ifPresent(t -> message(null, FacesMessage.SEVERITY_WARN, "“" + from.title() + "” already has a "
                        + Languages.name(language) + " translation: article " + t.id() + ". Saving this one is refused."));
        if (from.language().equals(language)) {
            message(null, FacesMessage.SEVERITY_WARN, "“" + from.title() + "” is itself in " + Languages.name(language) + ".");
        }
        title = from.title();
        category = from.category();
        tags = String.join(", ", from.tags());
        body = from.body();
        status = ArticleStatus.DRAFT.name();
    }

    public String save() {
        ArticleContent.Fields fields = new ArticleContent.Fields(title, body, language, category, tagList(), status,
                article == null && original != null ? original.id() : null);
        try {
            ArticleView saved = article == null ? knowledge.create(fields, agent.actor())
                    : knowledge.update(article.id(), fields, article.revision(), agent.actor());
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            message(null, FacesMessage.SEVERITY_INFO, (saved.status() == ArticleStatus.PUBLISHED ? "Published" : "Saved")
                    + " “" + saved.title() + "”, revision " + saved.revision());
            return "/knowledge/article?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            message("article:" + input(e.field()), FacesMessage.SEVERITY_ERROR, label(e.field()) + " " + InputErrors.reason(e));
        } catch (ConflictException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage() + ". Your text is still here: copy it, open the "
                    + "article again, and add your changes to theirs.");
        } catch (NotFoundException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage() + ": someone deleted it while you edited.");
        }
        return null;
    }

    public String delete() {
        try {
            knowledge.delete(article.id(), agent.actor());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(null, FacesMessage.SEVERITY_INFO, "Deleted “" + article.title() + "”");
            return "/knowledge/articles?faces-redirect=true";
        } catch (NotFoundException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
            return null;
        }
    }

    /** The body as readers will see it: Markdown rendered and sanitized. */
    public String getPreview() {
        return body == null || body.isBlank() ? "" : ArticleText.html(body);
    }

    /** The languages the help center has articles in that this article has no version in yet, for "Translate into". */
    public List<Languages.Language> getUntranslatedHelpCenterLanguages() {
        Set<String> inHelpCenter = new HashSet<>(helpCenter.languages());
        return untranslated().stream().filter(l -> inHelpCenter.contains(l.code())).toList();
    }

    /** Every other language this article has no version in yet. */
    public List<Languages.Language> getUntranslatedOtherLanguages() {
        Set<String> inHelpCenter = new HashSet<>(helpCenter.languages());
        return untranslated().stream().filter(l -> !inHelpCenter.contains(l.code())).toList();
    }

    private List<Languages.Language> untranslated() {
        Set<String> present = new HashSet<>();
        present.add(article.language());
        article.translations().forEach(t -> present.add(t.language()));
        return Languages.ALL.stream().filter(l -> !present.contains(l.code())).toList();
    }

    public List<Languages.Language> getLanguages() {
        return Languages.ALL;
    }

    /** The categories articles already have that start with what the editor typed, for the category field. */
    public List<String> categoriesStartingWith(String typed) {
        String start = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return knowledge.categories().stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(start)).toList();
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    private List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toList());
    }

    private static String input(String field) {
        return "translationOf".equals(field) ? "language" : field;
    }

    private static String label(String field) {
        return switch (field) {
            case "title" -> "Title";
            case "body" -> "Text";
            case "category" -> "Category";
            case "tags" -> "Tags";
            case "status" -> "Status";
            case "language", "translationOf" -> "Language";
            default -> field;
        };
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public String getHeading() {
        if (article != null) {
            return "Edit “" + article.title() + "”";
        }
        return original == null ? "New article"
                : "Translate “" + original.title() + "” into " + Languages.name(language.toLowerCase(Locale.ROOT));
    }

    public boolean isEditing() {
        return article != null;
    }

    public ArticleView getArticle() {
        return article;
    }

    public ArticleView getOriginal() {
        return original;
    }

    public List<ArticleRevisionView> getRevisions() {
        return revisions;
    }

    public String getMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getTranslationOf() {
        return translationOf;
    }

    public void setTranslationOf(Long translationOf) {
        this.translationOf = translationOf;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
