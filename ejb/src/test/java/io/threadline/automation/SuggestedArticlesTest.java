package io.threadline.automation;

import io.threadline.knowledge.ArticleHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestedArticlesTest {

    private static final String BASE = "https://crm.example.com";
    private static final List<ArticleHit> HITS = List.of(
            new ArticleHit(41, "How to return an item", "en", "Returns", "how-to-return-an-item", "Print the <mark>label</mark>"),
            new ArticleHit(4, "Track your parcel", "en", "Delivery", "track-your-parcel", "The link in your email"));

    @Test
    void linksEachArticleAbsolutelyUnderThePublicAddress() {
        SuggestedArticles found = SuggestedArticles.of(HITS, BASE);
        assertTrue(found.found());
        assertEquals(List.of(new SuggestedArticles.Link(41, "How to return an item", BASE + "/help/en/articles/41-how-to-return-an-item"),
                new SuggestedArticles.Link(4, "Track your parcel", BASE + "/help/en/articles/4-track-your-parcel")), found.articles());
    }

    @Test
    void theReplyIsTheIntroThenEachTitleWithItsAddress() {
        assertEquals("""
                Hi Sarah, these articles may answer your question:

                How to return an item
                https://crm.example.com/help/en/articles/41-how-to-return-an-item

                Track your parcel
                https://crm.example.com/help/en/articles/4-track-your-parcel""",
                SuggestedArticles.of(HITS, BASE).replyText("Hi Sarah, these articles may answer your question:\n"));
    }

    @Test
    void withoutAnIntroTheReplyIsTheArticlesAlone() {
        String expected = "How to return an item\nhttps://crm.example.com/help/en/articles/41-how-to-return-an-item";
        SuggestedArticles one = SuggestedArticles.of(HITS.subList(0, 1), BASE);
        assertEquals(expected, one.replyText(null));
        assertEquals(expected, one.replyText("  "));
    }

    @Test
    void noHitIsNoArticleWithTheReason() {
        SuggestedArticles none = SuggestedArticles.of(List.of(), BASE);
        assertFalse(none.found());
        assertEquals("no published help article matches the message", none.whyNone());
    }

    @Test
    void aDryRunShowsTheTextAndArticlesOrWhyItWouldSendNothing() {
        assertEquals(json("{'action': 'replyWithArticles', 'max': 1, 'wouldSend': {'text': 'Hi {{customer.firstName}}\\n\\n"
                        + "How to return an item\\nhttps://crm.example.com/help/en/articles/41-how-to-return-an-item',"
                        + " 'articles': [{'id': 41, 'title': 'How to return an item',"
                        + " 'url': 'https://crm.example.com/help/en/articles/41-how-to-return-an-item'}]}}"),
                SuggestedArticles.of(HITS.subList(0, 1), BASE).preview(json("{'action': 'replyWithArticles', 'max': 1}"),
                        "Hi {{customer.firstName}}"));
        assertEquals(json("{'action': 'replyWithArticles', 'max': 3, 'wouldSkip': 'no published help article matches the message'}"),
                SuggestedArticles.of(List.of(), BASE).preview(json("{'action': 'replyWithArticles', 'max': 3}"), null));
    }

    @Test
    void theTimelineNamesTheArticlesByTitle() {
        assertEquals("“How to return an item”, “Track your parcel”", SuggestedArticles.of(HITS, BASE).titles());
    }

    @Test
    void articlesAndAReasonDoNotGoTogether() {
        assertThrows(IllegalArgumentException.class, () -> new SuggestedArticles(List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new SuggestedArticles(
                List.of(new SuggestedArticles.Link(1, "t", BASE + "/help/en/articles/1-t")), "why"));
    }
}
