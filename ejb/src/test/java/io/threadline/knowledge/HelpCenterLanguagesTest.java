package io.threadline.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelpCenterLanguagesTest {

    @Test
    void theFirstWantedLanguageWithArticlesWins() {
        HelpCenterLanguages languages = new HelpCenterLanguages(List.of("de", "en", "fr"));
        assertEquals("fr", languages.choose(Stream.of("it", "fr", "de")));
        assertEquals("de", languages.choose(Stream.of("de")));
    }

    @Test
    void otherwiseEnglishWhenThereAreEnglishArticlesOrNone() {
        assertEquals("en", new HelpCenterLanguages(List.of("de", "en")).choose(Stream.of("it")));
        assertEquals("en", new HelpCenterLanguages(List.of()).choose(Stream.of("it")));
        assertEquals("en", new HelpCenterLanguages(List.of("de", "en")).choose(Stream.empty()));
    }

    @Test
    void otherwiseTheFirstLanguageThereAreArticlesIn() {
        assertEquals("de", new HelpCenterLanguages(List.of("de", "fr")).choose(Stream.of("it")));
        assertEquals("de", new HelpCenterLanguages(List.of("de", "fr")).defaultLanguage());
    }
}
