package io.threadline.routing.signals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoLanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"deu, de", "eng, en", "fra, fr", "por, pt", "heb, he", "ind, id", "nob, nb", "cmn, zh", "pes, fa", "ekk, et"})
    void mapsTheModelsCodesToTwoLetterCodes(String threeLetter, String twoLetter) {
        assertEquals(Optional.of(twoLetter), IsoLanguageCodes.twoLetter(threeLetter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nds", "ceb", "gsw", "xyz"})
    void aLanguageWithoutTwoLetterCodeHasNone(String threeLetter) {
        assertEquals(Optional.empty(), IsoLanguageCodes.twoLetter(threeLetter));
    }
}
