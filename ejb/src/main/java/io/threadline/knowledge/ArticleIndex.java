package io.threadline.knowledge;

import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.events.EventType;
import io.threadline.events.ServerInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * This server's search index of the published articles, in memory: filled from the database at start (after the demo's
 * articles, when it seeds them), kept current by the {@code article.changed} events every server hears on the events
 * topic (so an article saved on one server is found on all of them), and rebuilt from the database by the
 * {@code knowledge-reindex} job on every server (which cures a server that missed an event, e.g. while it started).
 * Searches run concurrently with changes (Lucene's near-real-time readers), hence no container lock.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ArticleIndex {

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class.getName());
    private static final int PAGE = 500;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    EventPublisher events;

    private final ArticleSearchIndex index = new ArticleSearchIndex();

    @PostConstruct
    void fill() {
        LOG.info("Knowledge base index: " + rebuild() + " published articles");
    }

    /** Reads every published article again; the count indexed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int rebuild() {
        List<IndexedArticle> articles = new ArrayList<>();
        long after = 0;
        List<Article> page;
        do {
            page = em.createNamedQuery("Article.publishedAfter", Article.class).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            page.forEach(a -> articles.add(IndexedArticle.of(a)));
            after = page.isEmpty() ? after : page.get(page.size() - 1).getId();
            em.clear();
        } while (page.size() == PAGE);
        index.replaceAll(articles);
        return articles.size();
    }

    /**
     * Rebuilds this server's index and, once that is committed, has every other server rebuild its own
     * ({@code knowledge.reindexed}); the count indexed here.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int rebuildEverywhere(long jobExecutionId) {
        int articles = rebuild();
        events.publish(CrmEvent.knowledgeReindexed(articles, jobExecutionId, ServerInstance.ID, Instant.now()));
        return articles;
    }

    /**
     * Follows an {@code article.changed} event from the events topic, and another server's {@code knowledge.reindexed}
     * by rebuilding; other events are not its business.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void heard(JsonObject event) {
        String type = event.getString("type", null);
        if (EventType.KNOWLEDGE_REINDEXED.json().equals(type)
                && !ServerInstance.ID.equals(event.getJsonObject("data").getString("server"))) {
            LOG.info("Knowledge base index rebuilt after knowledge.reindexed: " + rebuild() + " published articles");
            return;
        }
        if (!EventType.ARTICLE_CHANGED.json().equals(type)) {
            return;
        }
        long id = event.getJsonObject("data").getJsonNumber("articleId").longValue();
        Article article = em.find(Article.class, id);
        if (article != null && article.getStatus() == ArticleStatus.PUBLISHED) {
            index.put(IndexedArticle.of(article));
        } else {
            index.remove(id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ArticleHit> search(ArticleQuery query) {
        return index.search(query);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean holds(String language) {
        return index.holds(language);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int size() {
        return index.size();
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
