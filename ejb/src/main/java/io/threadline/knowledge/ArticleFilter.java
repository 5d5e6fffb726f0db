package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;

import java.util.Locale;

/**
 * Which articles the editors' list shows: words of the title, a language, a status; each may be absent. At most
 * {@link #MAX_ROWS} rows come back, so the list says when to narrow it.
 */
public record ArticleFilter(String title, String language, ArticleStatus status) {

    public static final int MAX_ROWS = 200;

    public ArticleFilter {
        title = title == null || title.isBlank() ? null : title.strip().toLowerCase(Locale.ROOT);
        if (title != null && title.length() > Article.MAX_TITLE) {
            throw new InvalidInputException("title", "is longer than " + Article.MAX_TITLE + " characters");
        }
        language = language == null || language.isBlank() ? null : ArticleContent.language(language);
    }

    String jpql() {
        StringBuilder where = new StringBuilder();
        if (title != null) {
            where.append(" AND LOWER(a.title) LIKE :title ESCAPE '\\'");
        }
        if (language != null) {
            where.append(" AND a.language = :language");
        }
        if (status != null) {
            where.append(" AND a.status = :status");
        }
        return "SELECT NEW io.threadline.knowledge.ArticleSummary(a.id, a.title, a.language, a.category, a.status,"
                + " a.updatedAt, a.updatedBy, a.revision, a.helpfulYes, a.helpfulNo) FROM Article a"
                + (where.isEmpty() ? "" : " WHERE" + where.substring(4)) + " ORDER BY a.category, a.title, a.language";
    }

    /** The title's words as a LIKE pattern, its wildcards taken literally. */
    String titlePattern() {
        return "%" + title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
