package io.threadline.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * A help article in one language. Its body is Markdown as the editor wrote it, and beside it the HTML it renders to,
 * sanitized when saved. Its address is its id with a slug of its title, which follows the title (the id finds it). Translations share a {@code translationGroup}: the id of the article they were translated
 * from (an article that is nobody's translation is its own group).
 */
@Entity
@Table(name = "KNOWLEDGE_ARTICLE", indexes = @Index(name = "IX_KNOWLEDGE_ARTICLE_GROUP", columnList = "TRANSLATION_GROUP"))
@NamedQuery(name = "Article.publishedAfter", query = "SELECT a FROM Article a"
        + " WHERE a.status = io.threadline.knowledge.ArticleStatus.PUBLISHED AND a.id > :after ORDER BY a.id")
@NamedQuery(name = "Article.publishedIn", query = "SELECT NEW io.threadline.knowledge.HelpCenter.Link(a.id, a.title, a.category,"
        + " a.language, a.slug) FROM Article a WHERE a.status = io.threadline.knowledge.ArticleStatus.PUBLISHED"
        + " AND a.language = :language ORDER BY a.category, a.title")
@NamedQuery(name = "Article.publishedLanguages", query = "SELECT DISTINCT a.language FROM Article a"
        + " WHERE a.status = io.threadline.knowledge.ArticleStatus.PUBLISHED ORDER BY a.language")
@NamedQuery(name = "Article.inGroup", query = "SELECT a FROM Article a WHERE a.translationGroup = :group ORDER BY a.language")
public class Article {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;
    static final int MAX_CATEGORY = 80;
    static final int MAX_SLUG = 120;
    static final int MAX_TAGS = 1000;

    @Id
    @SequenceGenerator(name = "KnowledgeArticleSeq", sequenceName = "KNOWLEDGE_ARTICLE_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KnowledgeArticleSeq")
    private Long id;

    @Column(name = "TRANSLATION_GROUP")
    private Long translationGroup;

    @Column(name = "LANGUAGE", length = 8, nullable = false)
    private String language;

    @Column(name = "SLUG", length = MAX_SLUG, nullable = false)
    private String slug;

    @Column(name = "TITLE", length = MAX_TITLE, nullable = false)
    private String title;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    @Lob
    @Column(name = "BODY_HTML", nullable = false)
    private String bodyHtml;

    @Column(name = "CATEGORY", length = MAX_CATEGORY, nullable = false)
    private String category;

    /** Comma-separated, lower case. */
    @Column(name = "TAGS", length = MAX_TAGS)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private ArticleStatus status;

    @Column(name = "HELPFUL_YES", nullable = false)
    private int helpfulYes;

    @Column(name = "HELPFUL_NO", nullable = false)
    private int helpfulNo;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Article() {
    }

    Article(Long translationGroup, String language, String by, Instant at) {
        this.translationGroup = translationGroup;
        this.language = language;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Sets what the editor wrote; a new revision each time. Publishing for the first time stamps when. */
    void write(ArticleContent content, String by, Instant at) {
        this.title = content.title();
        this.slug = ArticleContent.slug(content.title());
        this.body = content.body();
        this.bodyHtml = content.bodyHtml();
        this.category = content.category();
        this.tags = content.tags().isEmpty() ? null : String.join(",", content.tags());
        this.status = content.status();
        if (status == ArticleStatus.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
        this.revision++;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The article's page in the public help center. */
    public static String pageUrl(String language, long id, String slug) {
        return "/help/" + language + "/articles/" + id + "-" + slug;
    }

    /** An article that is nobody's translation starts its own group. */
    void startOwnGroupIfNone() {
        if (translationGroup == null) {
            translationGroup = id;
        }
    }

    void countFeedback(boolean helpful) {
        if (helpful) {
            helpfulYes++;
        } else {
            helpfulNo++;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTranslationGroup() {
        return translationGroup;
    }

    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCategory() {
        return category;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : List.of(tags.split(","));
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public int getHelpfulYes() {
        return helpfulYes;
    }

    public int getHelpfulNo() {
        return helpfulNo;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
