package io.threadline.knowledge;

/** Where an article is in its life: only published ones are public and searchable. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
