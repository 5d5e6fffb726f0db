package io.threadline.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetsTest {

    @Test
    void cutsAroundTheFirstMatchKeepingTheTextsOwnCase() {
        String text = "x".repeat(100) + " the Return Label\nnever came " + "y".repeat(100);
        SearchResults.Snippet snippet = Snippets.around(text, "return label");
        assertEquals("Return Label", snippet.match());
        assertEquals("…" + "x".repeat(55) + " the ", snippet.before());
        assertEquals(" never came " + "y".repeat(48) + "…", snippet.after());
    }

    @Test
    void aMatchOnlyInTheSubjectShowsTheStartOfTheText() {
        SearchResults.Snippet snippet = Snippets.around("Short text", "subject words");
        assertEquals("Short text", snippet.before());
        assertEquals("", snippet.match());
    }
}
