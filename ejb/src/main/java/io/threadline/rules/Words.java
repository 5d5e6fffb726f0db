package io.threadline.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whole-word matching for {@code containsWord}. A text is split into words of letters and digits (any script), folded
 * to lower case without accents ({@code Rückerstattung} = {@code ruckerstattung}, {@code café} = {@code cafe},
 * {@code ß} = {@code ss}). A word matches only a whole word: {@code refund} matches "Refund!" but neither "refunds"
 * nor "nonrefundable". A phrase matches its words in a row, whatever spaces or punctuation lie between them.
 */
final class Words {

    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    static List<String> of(String text) {
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        return Arrays.stream(NOT_A_WORD_CHARACTER.split(folded)).filter(word -> !word.isEmpty()).toList();
    }

    static boolean containsPhrase(List<String> words, List<String> phrase) {
        return !phrase.isEmpty() && Collections.indexOfSubList(words, phrase) >= 0;
    }
}
