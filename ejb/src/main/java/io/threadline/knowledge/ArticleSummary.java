package io.threadline.knowledge;

import java.time.Instant;

/** An article as the editors' list shows it, whatever its status. */
public record ArticleSummary(long id, String title, String language, String category, ArticleStatus status,
                             Instant updatedAt, String updatedBy, int revision, int helpfulYes, int helpfulNo) {
}
