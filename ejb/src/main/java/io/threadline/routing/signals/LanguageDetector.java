package io.threadline.routing.signals;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language of a customer's message as an ISO 639-1 code, by Apache OpenNLP's maxent model of 103 languages
 * (opennlp-models-langdetect, inside its jar: nothing is downloaded). Loading the model takes a second or two and
 * some 35 MB of heap, so hold one instance per application; {@link #detect} may be called from any number of threads.
 *
 * <p>The model spreads its confidence over all 103 languages (an even spread is about 0.01 each), and on a sentence
 * or two the best one rarely gets more than 0.05. A language is claimed only when the text has {@value #MIN_LETTERS}
 * letters or more, the best candidate has a confidence of at least {@value #MIN_CONFIDENCE} (1.5 times an even
 * spread) and at least {@value #MIN_LEAD} times that of the next candidate. Measured on short support messages:
 * "ok thanks" (eng 0.013) gives nothing; "My password does not work" gives nothing from all languages (afr 0.022,
 * eng 0.020) but "en" when the candidates are en/de/fr/es/it (eng 0.020, next 0.013); a paragraph gets 0.2–0.35
 * and a lead of 4 or more.
 */
public final class LanguageDetector {

    static final int MIN_LETTERS = 10;
    static final double MIN_CONFIDENCE = 0.015;
    static final double MIN_LEAD = 1.2;
    /** A paragraph already gives the model a clear answer; its time grows with the text (about 2 ms for 2,000 chars). */
    private static final int MAX_CHARS = 1_000;
    private static final String MODEL_RESOURCE = "langdetect-183.bin";

    private final LanguageDetectorModel model;
    /** The model's languages (ISO 639-3) that may be answered, with their ISO 639-1 codes. */
    private final Map<String, String> candidates;

    /** Detects any of the model's languages that has an ISO 639-1 code. */
    public LanguageDetector() {
        this(Set.of());
    }

    /**
     * @param allowed ISO 639-1 codes of the only languages to answer (e.g. those a deployment has queues for): the
     *                best-scoring of them is taken when it is confident enough; empty for all
     * @throws IllegalArgumentException if a code is not one of the model's languages
     */
    public LanguageDetector(Set<String> allowed) {
        model = loadModel();
        candidates = candidates(new LanguageDetectorME(model).getSupportedLanguages(), allowed);
    }

    /** The ISO 639-1 codes this detector can answer. */
    public Set<String> languages() {
        return new TreeSet<>(candidates.values());
    }

    /** Empty when the text is too short, has no letters, or no candidate language is clearly the most likely. */
    public Optional<String> detect(String text) {
        String sample = SignalText.of(text, MAX_CHARS);
        if (!hasLetters(sample, MIN_LETTERS)) {
            return Optional.empty();
        }
        // LanguageDetectorME is not documented as thread-safe; an instance is two references (the shared, read-only
        // model and a stateless context generator), so one per call costs next to nothing and, unlike OpenNLP's
        // ThreadSafeLanguageDetectorME, leaves no ThreadLocal keeping the application's classes in pooled threads.
        Language[] bestTwo = Arrays.stream(new LanguageDetectorME(model).predictLanguages(sample))
                .filter(language -> candidates.containsKey(language.getLang()))
                .limit(2)
                .toArray(Language[]::new);
        if (bestTwo.length == 0 || bestTwo[0].getConfidence() < MIN_CONFIDENCE
                || bestTwo.length == 2 && bestTwo[0].getConfidence() < MIN_LEAD * bestTwo[1].getConfidence()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(bestTwo[0].getLang()));
    }

    private static boolean hasLetters(String text, int wanted) {
        return text.codePoints().filter(Character::isLetter).limit(wanted).count() == wanted;
    }

    private static Map<String, String> candidates(String[] modelLanguages, Set<String> allowed) {
        Map<String, String> twoLetterByModelLanguage = new HashMap<>();
        for (String modelLanguage : modelLanguages) {
            IsoLanguageCodes.twoLetter(modelLanguage)
                    .filter(code -> allowed.isEmpty() || allowed.contains(code))
                    .ifPresent(code -> twoLetterByModelLanguage.put(modelLanguage, code));
        }
        Set<String> unknown = new TreeSet<>(allowed);
        unknown.removeAll(twoLetterByModelLanguage.values());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Languages the model does not know: " + unknown);
        }
        return Map.copyOf(twoLetterByModelLanguage);
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the class path (opennlp-models-langdetect)");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language model " + MODEL_RESOURCE, e);
        }
    }
}
