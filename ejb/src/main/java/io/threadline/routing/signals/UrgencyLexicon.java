package io.threadline.routing.signals;

import io.threadline.routing.signals.MessageTokens.Word;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The words and phrases the urgency scorer knows, read from {@code urgency-lexicon.tsv} (its header explains the scale). */
final class UrgencyLexicon {

    sealed interface Entry permits Term, Booster, Negator {
    }

    record Term(double valence, double urgency) implements Entry {
    }

    record Booster(double increment) implements Entry {
    }

    record Negator() implements Entry {
    }

    /** A word or phrase of the message, with what the lexicon says of it (null when nothing). */
    record Match(Entry entry, boolean shouted, boolean startsClause) {

        boolean negates() {
            return entry instanceof Negator;
        }
    }

    private static final String RESOURCE = "urgency-lexicon.tsv";
    private static final Negator NEGATION = new Negator();

    private final Map<String, Entry> entries;
    /** First words of the phrases: only after one of them are longer phrases looked up. */
    private final Set<String> phraseStarts;
    private final int longestPhrase;

    private UrgencyLexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        this.phraseStarts = entries.keySet().stream()
                .filter(phrase -> phrase.contains(" "))
                .map(phrase -> phrase.substring(0, phrase.indexOf(' ')))
                .collect(Collectors.toUnmodifiableSet());
        this.longestPhrase = entries.keySet().stream().mapToInt(phrase -> phrase.split(" ").length).max().orElse(1);
    }

    static UrgencyLexicon load() {
        try (InputStream in = UrgencyLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static UrgencyLexicon read(BufferedReader lines) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (entries.put(fields[1], entry(fields)) != null) {
                throw new IllegalStateException(RESOURCE + " has " + fields[1] + " twice");
            }
        }
        return new UrgencyLexicon(entries);
    }

    private static Entry entry(String[] fields) {
        return switch (fields[0]) {
            case "term" -> new Term(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
            case "booster" -> new Booster(Double.parseDouble(fields[2]));
            case "negator" -> NEGATION;
            default -> throw new IllegalStateException(RESOURCE + ": unknown kind of entry " + String.join(" ", fields));
        };
    }

    /**
     * The message's words grouped into the longest phrases the lexicon knows, one match per phrase or unknown word.
     * A word ending in n't (don't, isn't) negates like "not".
     */
    List<Match> match(List<Word> words) {
        List<Match> matches = new ArrayList<>(words.size());
        int start = 0;
        while (start < words.size()) {
            int length = phraseStarts.contains(words.get(start).text()) ? Math.min(longestPhrase, words.size() - start) : 1;
            Entry entry = entries.get(phrase(words, start, length));
            while (entry == null && length > 1) {
                length--;
                entry = entries.get(phrase(words, start, length));
            }
            if (entry == null && words.get(start).text().endsWith("n't")) {
                entry = NEGATION;
            }
            boolean shouted = words.subList(start, start + length).stream().allMatch(Word::shouted);
            matches.add(new Match(entry, shouted, words.get(start).startsClause()));
            start += length;
        }
        return matches;
    }

    private static String phrase(List<Word> words, int start, int length) {
        if (length == 1) {
            return words.get(start).text();
        }
        StringBuilder phrase = new StringBuilder(words.get(start).text());
        for (int i = start + 1; i < start + length; i++) {
            phrase.append(' ').append(words.get(i).text());
        }
        return phrase.toString();
    }
}
