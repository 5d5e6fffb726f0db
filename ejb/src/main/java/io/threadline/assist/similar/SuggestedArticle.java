package io.threadline.assist.similar;

import io.threadline.knowledge.ArticleHit;

/**
 * A published help article for the customer's latest message: {@code url} its page in the help center (a path on this
 * server), {@code snippet} its best passage, HTML-escaped, the matched words in {@code <mark>}.
 */
public record SuggestedArticle(long id, String title, String url, String snippet) {

    static SuggestedArticle of(ArticleHit hit) {
        return new SuggestedArticle(hit.id(), hit.title(), hit.url(), hit.snippet());
    }
}
