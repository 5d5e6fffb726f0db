package io.threadline.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An article's Markdown as HTML a page can show: rendered by CommonMark, then cleaned to a list of harmless elements
 * (no script, style, frame, form or event handler; links only to http, https and mailto, opened without the opener).
 * Done when an article is saved and again when it is shown, so HTML that reached the table another way is cleaned too.
 */
public final class ArticleText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "del", "s")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private ArticleText() {
    }

    public static String html(String markdown) {
        return clean(HTML.render(MARKDOWN.parse(markdown)));
    }

    public static String clean(String html) {
        return Jsoup.clean(html, SAFE);
    }

    /** The words of the HTML, for the search index and snippets. */
    public static String plain(String html) {
        return Jsoup.parse(html).text();
    }
}
