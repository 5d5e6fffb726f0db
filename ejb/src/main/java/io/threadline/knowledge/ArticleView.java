package io.threadline.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An article as editors and the API see it: the Markdown as written and its sanitized HTML, its translations, its
 * revision and the "was this helpful?" counts.
 */
public record ArticleView(long id, String title, String slug, String language, String category, List<String> tags,
                          ArticleStatus status, String body, String html, List<Translation> translations, int revision,
                          int helpfulYes, int helpfulNo, Instant createdAt, Instant updatedAt, String updatedBy,
                          Instant publishedAt, String url) {

    /** Another language's version of the same article. */
    public record Translation(long id, String language, String title, ArticleStatus status, String url) {
    }

    static ArticleView of(Article a, List<Article> group) {
        List<Translation> translations = group.stream().filter(t -> !t.getId().equals(a.getId()))
                .map(t -> new Translation(t.getId(), t.getLanguage(), t.getTitle(), t.getStatus(),
                        Article.pageUrl(t.getLanguage(), t.getId(), t.getSlug()))).toList();
        return new ArticleView(a.getId(), a.getTitle(), a.getSlug(), a.getLanguage(), a.getCategory(), a.getTags(),
                a.getStatus(), a.getBody(), ArticleText.clean(a.getBodyHtml()), translations, a.getRevision(),
                a.getHelpfulYes(), a.getHelpfulNo(), a.getCreatedAt(), a.getUpdatedAt(), a.getUpdatedBy(),
                a.getPublishedAt(), Article.pageUrl(a.getLanguage(), a.getId(), a.getSlug()));
    }
}
