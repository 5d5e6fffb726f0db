package io.threadline.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as it is compared: accents removed, lower-cased, whitespace collapsed, so "  Sárah   LEE" and "sarah lee"
 * are the same name. Stored beside the name (an indexed column), because neither Derby nor PostgreSQL can match
 * this way on the name itself through an index that both support.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether a name says enough to suggest that two customers are one person: at least two words with letters
     * (a first name alone, a handle, an email address or a phone number do not).
     */
    public static boolean isDistinctive(String key) {
        if (key == null || key.contains("@")) {
            return false;
        }
        String[] words = key.split(" ");
        long named = java.util.Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
        return words.length >= 2 && named >= 2;
    }
}
