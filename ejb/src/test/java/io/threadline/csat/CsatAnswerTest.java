package io.threadline.csat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsatAnswerTest {

    @ParameterizedTest
    @ValueSource(strings = {"5", " 5 ", "5!", "5.", "⭐5⭐", "5 👍", "\n5\n"})
    void aLoneDigitWithPunctuationOrEmojiIsAnAnswer(String text) {
        assertEquals(OptionalInt.of(5), CsatAnswer.score(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "10", "5 stars", "I give it 4", "4 or 5", "", "  ", "five"})
    void anythingElseIsAMessage(String text) {
        assertTrue(CsatAnswer.score(text).isEmpty());
    }

    @Test
    void everyScoreFromOneToFiveReads() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(OptionalInt.of(i), CsatAnswer.score(Integer.toString(i)));
        }
    }
}
