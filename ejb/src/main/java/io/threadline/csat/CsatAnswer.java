package io.threadline.csat;

import java.util.OptionalInt;

/**
 * Reads a customer's message as an answer to a survey: the whole message is one digit from 1 to 5, give or take spaces,
 * punctuation and emoji ("5", " 4. ", "5!", "3 👍"). Anything with a word or another number in it is a message.
 */
public final class CsatAnswer {

    private CsatAnswer() {
    }

    public static OptionalInt score(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        int[] kept = text.codePoints().filter(Character::isLetterOrDigit).toArray();
        if (kept.length != 1 || kept[0] < '1' || kept[0] > '5') {
            return OptionalInt.empty();
        }
        return OptionalInt.of(kept[0] - '0');
    }
}
