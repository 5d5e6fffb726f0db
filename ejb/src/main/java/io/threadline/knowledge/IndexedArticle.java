package io.threadline.knowledge;

import java.util.List;

/** What the search index holds of a published article: its words and what a result shows. */
record IndexedArticle(long id, String language, String slug, String title, String category, List<String> tags,
                      String text) {

    static IndexedArticle of(Article article) {
        return new IndexedArticle(article.getId(), article.getLanguage(), article.getSlug(), article.getTitle(),
                article.getCategory(), article.getTags(), ArticleText.plain(ArticleText.clean(article.getBodyHtml())));
    }
}
