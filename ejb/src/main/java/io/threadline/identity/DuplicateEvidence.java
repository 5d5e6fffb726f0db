package io.threadline.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason to think two customers are one person, in words, with its weight: how likely (in percent) the reason alone
 * makes it. Reasons add up to a score of 1 − Π(1 − weight), so several weak ones together count as a strong one.
 */
public record DuplicateEvidence(String reason, int weight) {

    public DuplicateEvidence {
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("A weight is a percentage, not " + weight);
        }
    }

    /** The score (0-100) of these reasons, each reason counted once however often it was found. */
    public static int score(Collection<DuplicateEvidence> evidence) {
        double unlikely = 1;
        for (DuplicateEvidence e : distinct(evidence)) {
            unlikely *= 1 - e.weight / 100.0;
        }
        return (int) Math.round(100 * (1 - unlikely));
    }

    /** The reasons once each (the first weight found for a reason), strongest first. */
    public static List<DuplicateEvidence> distinct(Collection<DuplicateEvidence> evidence) {
        Map<String, DuplicateEvidence> byReason = new LinkedHashMap<>();
        evidence.forEach(e -> byReason.putIfAbsent(e.reason, e));
        return byReason.values().stream().sorted((a, b) -> Integer.compare(b.weight, a.weight)).toList();
    }

    /**
     * Two values in one order whichever customer's they are ("a@x.com and b@y.com"), so that a reason found from both
     * customers of a pair is one reason.
     */
    public static String both(String one, String other) {
        return one.compareTo(other) <= 0 ? one + " and " + other : other + " and " + one;
    }

    /** As stored: one reason a line, {@code <weight> <reason>}. */
    static String lines(Collection<DuplicateEvidence> evidence) {
        return String.join("\n", distinct(evidence).stream().map(e -> e.weight + " " + e.reason).toList());
    }

    static List<DuplicateEvidence> ofLines(String lines) {
        return lines.lines().map(line -> {
            int space = line.indexOf(' ');
            return new DuplicateEvidence(line.substring(space + 1), Integer.parseInt(line.substring(0, space)));
        }).toList();
    }
}
