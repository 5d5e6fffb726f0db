package io.threadline.assist.similar;

/** A conversation like the one asked about, and how alike: Lucene's score, comparable within one answer only. */
public record SimilarMatch(long conversationId, float score) {
}
