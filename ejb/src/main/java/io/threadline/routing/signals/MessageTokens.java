package io.threadline.routing.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the urgency scorer reads it: its words in lower case, which of them were written in capitals, and
 * its exclamation and question marks.
 *
 * @param words            in order; a word keeps inner apostrophes and hyphens (doesn't, aujourd'hui, time-sensitive)
 * @param mixedCase        whether some words have lower-case letters: capitals stand out only in such a message
 * @param exclamationMarks all '!' in the message
 * @param questionMarks    all '?' in the message
 * @param repeatedMarks    marks beyond the first of each run of '!' and '?' ("!!!" counts 2, "?!" counts 1)
 */
record MessageTokens(List<Word> words, boolean mixedCase, int exclamationMarks, int questionMarks, int repeatedMarks) {

    /**
     * @param shouted      two letters or more, all capitals
     * @param startsClause first word of the message or after punctuation that ends a clause: a negation or booster
     *                     before it does not reach it ("Es funktioniert nicht, zum dritten Mal")
     */
    record Word(String text, boolean shouted, boolean startsClause) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[!?]+|[.,;:()\\n]");

    static MessageTokens of(String text) {
        List<Word> words = new ArrayList<>();
        boolean lowerCaseSeen = false;
        int exclamationMarks = 0;
        int questionMarks = 0;
        int repeatedMarks = 0;
        boolean clauseEnded = true;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String found = token.group();
            char first = found.charAt(0);
            if (first == '!' || first == '?') {
                int bangs = (int) found.chars().filter(c -> c == '!').count();
                exclamationMarks += bangs;
                questionMarks += found.length() - bangs;
                repeatedMarks += found.length() - 1;
                clauseEnded = true;
            } else if (!Character.isLetterOrDigit(first)) {
                clauseEnded = true;
            } else {
                lowerCaseSeen |= found.chars().anyMatch(Character::isLowerCase);
                words.add(new Word(found.replace('’', '\'').toLowerCase(Locale.ROOT), isShouted(found), clauseEnded));
                clauseEnded = false;
            }
        }
        return new MessageTokens(List.copyOf(words), lowerCaseSeen, exclamationMarks, questionMarks, repeatedMarks);
    }

    private static boolean isShouted(String word) {
        return word.codePoints().filter(Character::isLetter).limit(2).count() == 2
                && word.codePoints().noneMatch(Character::isLowerCase);
    }
}
