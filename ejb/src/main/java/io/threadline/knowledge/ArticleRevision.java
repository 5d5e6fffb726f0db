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

import java.time.Instant;

/** What an article said after one change, and who made it: an article's history, newest revision first. */
@Entity
@Table(name = "KNOWLEDGE_ARTICLE_REVISION",
        indexes = @Index(name = "IX_KNOWLEDGE_REVISION_ARTICLE", columnList = "ARTICLE_ID"))
@NamedQuery(name = "ArticleRevision.of", query = "SELECT r FROM ArticleRevision r WHERE r.articleId = :article ORDER BY r.revision DESC")
@NamedQuery(name = "ArticleRevision.deleteOf", query = "DELETE FROM ArticleRevision r WHERE r.articleId = :article")
public class ArticleRevision {

    @Id
    @SequenceGenerator(name = "KnowledgeRevisionSeq", sequenceName = "KNOWLEDGE_REVISION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KnowledgeRevisionSeq")
    private Long id;

    @Column(name = "ARTICLE_ID", nullable = false)
    private long articleId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "TITLE", length = Article.MAX_TITLE, nullable = false)
    private String title;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "CATEGORY", length = Article.MAX_CATEGORY, nullable = false)
    private String category;

    @Column(name = "TAGS", length = Article.MAX_TAGS)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private ArticleStatus status;

    @Column(name = "CHANGED_BY", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article) {
        this.articleId = article.getId();
        this.revision = article.getRevision();
        this.title = article.getTitle();
        this.body = article.getBody();
        this.category = article.getCategory();
        this.tags = article.getTags().isEmpty() ? null : String.join(",", article.getTags());
        this.status = article.getStatus();
        this.changedBy = article.getUpdatedBy();
        this.changedAt = article.getUpdatedAt();
    }

    public int getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getCategory() {
        return category;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
