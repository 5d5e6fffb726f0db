package io.threadline.erp;

import io.threadline.identity.NameKey;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two one-line addresses are probably the same place. Both are normalized (accents, case, punctuation and
 * common abbreviations aside: "Baker St." is "baker street"); they are close when their numbers (house number,
 * postcode) are the same and their words are nearly the same: Jaro-Winkler similarity of at least 0.9, or four words
 * of five in common. Different house numbers are different places, however alike the rest is.
 */
public final class AddressSimilarity {

    static final double MIN_JARO_WINKLER = 0.9;
    static final double MIN_WORDS_SHARED = 0.8;
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "street", "str", "strasse", "rd", "road",
            "ave", "avenue", "av", "avenue", "blvd", "boulevard", "ln", "lane", "dr", "drive", "sq", "square", "pl", "place");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private AddressSimilarity() {
    }

    public static boolean close(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty() || !numbers(a).equals(numbers(b))) {
            return false;
        }
        return JARO_WINKLER.apply(String.join(" ", a), String.join(" ", b)) >= MIN_JARO_WINKLER
                || shared(a, b) >= MIN_WORDS_SHARED;
    }

    static List<String> words(String address) {
        String key = NameKey.of(address == null ? null : address.replaceAll("[\\p{Punct}]", " "));
        if (key == null) {
            return List.of();
        }
        return Arrays.stream(key.split(" ")).map(w -> ABBREVIATIONS.getOrDefault(w, w)).toList();
    }

    private static Set<String> numbers(List<String> words) {
        return words.stream().filter(w -> w.chars().anyMatch(Character::isDigit)).collect(Collectors.toSet());
    }

    /** Words in common over the words of both (Jaccard). */
    private static double shared(List<String> a, List<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) both.size() / all.size();
    }
}
