package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor's article becomes: its Markdown rendered and cleaned of anything hostile, and each wrong field named. */
class ArticleContentTest {

    private static ArticleContent content(String body) {
        return ArticleContent.of(new ArticleContent.Fields("Returns", body, "en", "Returns", List.of("Returns", "refund"),
                "published", null));
    }

    @Test
    void markdownBecomesHtmlAndScriptsHandlersAndHostileLinksAreRemoved() {
        ArticleContent article = content("""
                ## Sending it back

                Print the **label** from [your orders](https://shop.example.com/orders).

                <script>steal()</script><img src="https://cdn.example.com/box.png" onerror="steal()">
                [click me](javascript:steal()) <a href="data:text/html,hi">data</a> <iframe src="https://evil.example"></iframe>
                """);
        String html = article.bodyHtml();
        assertTrue(html.contains("<h2>Sending it back</h2>"), html);
        assertTrue(html.contains("<strong>label</strong>"), html);
        assertTrue(html.contains("<a href=\"https://shop.example.com/orders\" rel=\"nofollow noopener noreferrer\">your orders</a>"), html);
        assertTrue(html.contains("<img src=\"https://cdn.example.com/box.png\">"), html);
        for (String hostile : List.of("script", "steal", "onerror", "javascript:", "data:", "iframe")) {
            assertFalse(html.contains(hostile), hostile + " in " + html);
        }
        assertTrue(article.body().contains("<script>"), "the Markdown is kept as written; only its HTML is cleaned");
        assertEquals(List.of("returns", "refund"), article.tags());
        assertEquals(ArticleStatus.PUBLISHED, article.status());
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals("title", refused(new ArticleContent.Fields(" ", "b", "en", "c", null, null, null)));
        assertEquals("body", refused(new ArticleContent.Fields("t", null, "en", "c", null, null, null)));
        assertEquals("category", refused(new ArticleContent.Fields("t", "b", "en", "", null, null, null)));
        assertEquals("tags", refused(new ArticleContent.Fields("t", "b", "en", "c", List.of("two words"), null, null)));
        assertEquals("status", refused(new ArticleContent.Fields("t", "b", "en", "c", null, "live", null)));
        assertEquals("title", refused(new ArticleContent.Fields("t".repeat(201), "b", "en", "c", null, null, null)));
        assertEquals("language", assertThrows(InvalidInputException.class, () -> ArticleContent.language("xx")).field());
        assertEquals("de", ArticleContent.language(" DE "));
    }

    @Test
    void aSlugIsTheTitlesWordsWithoutAccents() {
        assertEquals("rucksendung-eines-artikels", ArticleContent.slug("Rücksendung eines Artikels"));
        assertEquals("strasse-more", ArticleContent.slug("Straße & more!"));
        assertEquals("article", ArticleContent.slug("¿?"));
    }

    private static String refused(ArticleContent.Fields fields) {
        return assertThrows(InvalidInputException.class, () -> ArticleContent.of(fields)).field();
    }
}
