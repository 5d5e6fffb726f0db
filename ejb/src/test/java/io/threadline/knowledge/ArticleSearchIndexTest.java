package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader finds in a shop's help center, in English and German: stemming, typos, the other language. */
class ArticleSearchIndexTest {

    private static ArticleSearchIndex index;

    @BeforeAll
    static void indexTheHelpCenter() {
        index = new ArticleSearchIndex();
        index.replaceAll(HelpCorpus.articles());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "[{1}] {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            return label                   | en | How to return an item
            returning items                | en | How to return an item
            refund                         | en | When will I get my refund?
            refnud                         | en | When will I get my refund?
            where is my parcel             | en | Track your parcel
            pasword reset                  | en | Reset your password
            forgotten password             | en | Reset your password
            delete account                 | en | Delete your account
            gift card balance              | en | Gift cards
            can I pay with paypal          | en | Payment methods
            cancel my order                | en | Cancel an order
            change delivery address        | en | Change the delivery address
            the item arrived broken        | en | Damaged or faulty items
            how long does shipping take    | en | Shipping times and costs
            waranty                        | en | Warranty
            Rücksendung                    | de | Rücksendung eines Artikels
            Rücksendungen                  | de | Rücksendung eines Artikels
            Passwort vergessen             | de | Passwort zurücksetzen
            Ruckerstattung                 | de | Wann bekomme ich meine Rückerstattung?
            Lieferzeit                     | de | Lieferzeiten und Versandkosten
            """)
    void theExpectedArticleComesFirst(String query, String language, String expected) {
        List<ArticleHit> hits = index.search(ArticleQuery.of(query, language, 5));
        assertFalse(hits.isEmpty(), "nothing found for " + query);
        assertEquals(expected, hits.get(0).title(), () -> query + " found " + hits.stream().map(ArticleHit::title).toList());
    }

    @Test
    void withoutALanguageEachLanguageIsSearchedWithItsOwnStemming() {
        assertEquals("Gutscheine", index.search(ArticleQuery.of("Gutschein", null, 5)).get(0).title());
        assertEquals("Gift cards", index.search(ArticleQuery.of("gift cards", null, 5)).get(0).title());
    }

    @Test
    void aLanguageKeepsToItsArticles() {
        assertTrue(index.search(ArticleQuery.of("refund", "de", 5)).isEmpty());
        assertTrue(index.search(ArticleQuery.of("Paket", "de", 5)).stream().allMatch(h -> h.language().equals("de")));
    }

    @Test
    void theSnippetMarksTheMatchAndEscapesTheText() {
        ArticleHit label = index.search(ArticleQuery.of("return label", "en", 1)).get(0);
        assertTrue(label.snippet().contains("<mark>return</mark> <mark>label</mark>"), label.snippet());
        ArticleHit points = index.search(ArticleQuery.of("script code", "en", 1)).get(0);
        assertTrue(points.snippet().contains("&lt;<mark>script</mark>&gt;"), points.snippet());
        assertFalse(points.snippet().contains("<script>"), points.snippet());
        assertEquals("/help/en/articles/" + label.id() + "-how-to-return-an-item", label.url());
    }

    @Test
    void onlyStopWordsFindNothingAndAnArticleCanBeReplacedAndRemoved() {
        assertTrue(index.search(ArticleQuery.of("the and of", "en", 5)).isEmpty());
        try (ArticleSearchIndex own = new ArticleSearchIndex()) {
            own.put(new IndexedArticle(7, "en", "old", "Old title", "Misc", List.of(), "nothing to see"));
            own.put(new IndexedArticle(7, "en", "new", "Parking at the store", "Stores", List.of(), "free parking"));
            assertEquals(1, own.size());
            assertEquals("Parking at the store", own.search(ArticleQuery.of("parking", "en", 5)).get(0).title());
            assertTrue(own.search(ArticleQuery.of("old title", "en", 5)).isEmpty());
            own.remove(7);
            assertTrue(own.search(ArticleQuery.of("parking", "en", 5)).isEmpty());
        }
    }

    @Test
    void aHugeOrOddQueryIsRefusedNamingWhy() {
        assertEquals("q", assertThrows(InvalidInputException.class, () -> ArticleQuery.of("x".repeat(201), "en", 5)).field());
        assertEquals("q", assertThrows(InvalidInputException.class, () -> ArticleQuery.of("  ", "en", 5)).field());
        assertEquals("language", assertThrows(InvalidInputException.class, () -> ArticleQuery.of("help", "english", 5)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> ArticleQuery.of("help", "en", 500)).field());
        String many = String.join(" ", java.util.Collections.nCopies(17, "parcel"));
        assertEquals("q", assertThrows(InvalidInputException.class, () -> index.search(ArticleQuery.of(many, "en", 5))).field());
    }
}
