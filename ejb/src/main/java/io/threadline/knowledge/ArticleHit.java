package io.threadline.knowledge;

/**
 * One search result. {@code snippet} is the best passage of the article's text, HTML-escaped, with the words that
 * matched in {@code <mark>}; the start of the text when no passage matched (the title did).
 */
public record ArticleHit(long id, String title, String language, String category, String slug, String snippet) {

    /** The article's page in the help center. */
    public String url() {
        return Article.pageUrl(language, id, slug);
    }
}
