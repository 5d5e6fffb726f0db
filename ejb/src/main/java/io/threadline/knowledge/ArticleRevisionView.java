package io.threadline.knowledge;

import java.time.Instant;

/** One revision in an article's history: who changed it when, and what it said then. */
public record ArticleRevisionView(int revision, String title, String category, ArticleStatus status, String body,
                                  String changedBy, Instant changedAt) {

    static ArticleRevisionView of(ArticleRevision r) {
        return new ArticleRevisionView(r.getRevision(), r.getTitle(), r.getCategory(), r.getStatus(), r.getBody(),
                r.getChangedBy(), r.getChangedAt());
    }
}
