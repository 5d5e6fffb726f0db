package io.threadline.knowledge;

import io.threadline.audit.AuditLog;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.shared.Actor;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;

/**
 * Writing the knowledge base: supervisors and admins create, change and delete articles; each save is a revision,
 * goes into the audit log, and is announced ({@code article.changed}) so that every server's search index follows.
 * Translations: an article written as the translation of another joins its group, one article per language.
 */
@Stateless
public class KnowledgeBase {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private EventPublisher events;

    @EJB
    private AuditLog audit;

    public ArticleView create(ArticleContent.Fields fields, Actor actor) {
        String language = ArticleContent.language(fields.language());
        ArticleContent content = ArticleContent.of(fields);
        Long group = fields.translationOf() == null ? null : translationGroupFor(fields.translationOf(), language);
        Instant now = Instant.now();
        Article article = new Article(group, language, actor.name(), now);
        article.write(content, actor.name(), now);
        em.persist(article);
        em.flush();
        article.startOwnGroupIfNone();
        em.persist(new ArticleRevision(article));
        announce(article, "created", actor, null);
        return view(article);
    }

    /** Changes what the article says; its language and translation group stay. */
    public ArticleView update(long id, ArticleContent.Fields fields, Actor actor) {
        return update(id, fields, null, actor);
    }

    /**
     * As above, but only if the article is still at {@code basedOn}, the revision the editor started from; otherwise
     * refused, naming who saved which revision meanwhile, so that nobody overwrites another's work unknowingly.
     */
    public ArticleView update(long id, ArticleContent.Fields fields, Integer basedOn, Actor actor) {
        Article article = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (basedOn != null && article.getRevision() != basedOn) {
            throw new ConflictException(article.getUpdatedBy() + " saved revision " + article.getRevision()
                    + " of this article while you edited revision " + basedOn);
        }
        if (fields.language() != null && !ArticleContent.language(fields.language()).equals(article.getLanguage())) {
            throw new InvalidInputException("language", "an article's language does not change; write a translation "
                    + "instead (translationOf " + id + ")");
        }
        JsonObject before = summary(article);
        article.write(ArticleContent.of(fields), actor.name(), Instant.now());
        em.persist(new ArticleRevision(article));
        announce(article, "updated", actor, before);
        return view(article);
    }

    /** Deletes the article and its history; its translations stay. */
    public void delete(long id, Actor actor) {
        Article article = find(id, LockModeType.PESSIMISTIC_WRITE);
        JsonObject before = summary(article);
        em.createNamedQuery("ArticleRevision.deleteOf").setParameter("article", id).executeUpdate();
        em.remove(article);
        events.publish(CrmEvent.articleChanged(id, article.getLanguage(), "deleted", null, actor.name(), Instant.now()));
        audit.record(actor.name(), "DELETED", "article", String.valueOf(id), before, null);
    }

    /** Any article, for its editors. */
    public ArticleView get(long id) {
        return view(find(id, LockModeType.NONE));
    }

    /** A published article, as the public reads it; any other does not exist for them. */
    public ArticleView published(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new NotFoundException("Article", id);
        }
        return view(article);
    }

    /** The articles of any status the filter lets through, by category and title; at most {@link ArticleFilter#MAX_ROWS}. */
    public List<ArticleSummary> list(ArticleFilter filter) {
        TypedQuery<ArticleSummary> query = em.createQuery(filter.jpql(), ArticleSummary.class)
                .setMaxResults(ArticleFilter.MAX_ROWS);
        if (filter.title() != null) {
            query.setParameter("title", filter.titlePattern());
        }
        if (filter.language() != null) {
            query.setParameter("language", filter.language());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query.getResultList();
    }

    /** Every category an article has, for an editor to pick from. */
    public List<String> categories() {
        return em.createQuery("SELECT DISTINCT a.category FROM Article a ORDER BY a.category", String.class).getResultList();
    }

    public List<ArticleRevisionView> revisions(long id) {
        find(id, LockModeType.NONE);
        return em.createNamedQuery("ArticleRevision.of", ArticleRevision.class).setParameter("article", id)
                .getResultStream().map(ArticleRevisionView::of).toList();
    }

    /** A reader's answer to "was this helpful?" on a published article; the counts after it. */
    public Feedback feedback(long id, boolean helpful) {
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new NotFoundException("Article", id);
        }
        article.countFeedback(helpful);
        return new Feedback(article.getHelpfulYes(), article.getHelpfulNo());
    }

    /** How many readers found an article helpful, and how many did not. */
    public record Feedback(int helpfulYes, int helpfulNo) {
    }

    private Long translationGroupFor(long originalId, String language) {
        Article original = em.find(Article.class, originalId);
        if (original == null) {
            throw new InvalidInputException("translationOf", "there is no article " + originalId);
        }
        List<Article> group = group(original);
        group.stream().filter(a -> a.getLanguage().equals(language)).findFirst().ifPresent(a -> {
            throw new ConflictException("Article " + originalId + " already has a translation in " + language
                    + ": article " + a.getId());
        });
        return original.getTranslationGroup();
    }

    private void announce(Article article, String change, Actor actor, JsonObject before) {
        events.publish(CrmEvent.articleChanged(article.getId(), article.getLanguage(), change, article.getStatus().name(),
                actor.name(), article.getUpdatedAt()));
        audit.record(actor.name(), before == null ? "CREATED" : "UPDATED", "article", String.valueOf(article.getId()),
                before, summary(article));
    }

    private static JsonObject summary(Article a) {
        return Json.createObjectBuilder().add("title", a.getTitle()).add("language", a.getLanguage())
                .add("category", a.getCategory()).add("status", a.getStatus().name()).add("revision", a.getRevision())
                .build();
    }

    private Article find(long id, LockModeType lock) {
        Article article = em.find(Article.class, id, lock);
        if (article == null) {
            throw new NotFoundException("Article", id);
        }
        return article;
    }

    private List<Article> group(Article article) {
        return em.createNamedQuery("Article.inGroup", Article.class).setParameter("group", article.getTranslationGroup())
                .getResultList();
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, group(article));
    }
}
