package io.threadline.routing.signals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 639-3 codes (what OpenNLP's language model answers) to ISO 639-1 codes (what Threadline stores), from the JDK's tables. */
final class IsoLanguageCodes {

    /**
     * Codes the model uses for one member of a macrolanguage, which the JDK only knows by the macrolanguage's code
     * (ISO 639-3 macrolanguage mappings): Mandarin → Chinese, Iranian Persian → Persian, Standard Latvian → Latvian,
     * Standard Estonian → Estonian, Plateau Malagasy → Malagasy, Western Panjabi → Panjabi.
     */
    private static final Map<String, String> MACROLANGUAGE_OF = Map.of(
            "cmn", "zho", "pes", "fas", "lvs", "lav", "ekk", "est", "plt", "mlg", "pnb", "pan");

    private static final Map<String, String> TWO_LETTER_BY_THREE_LETTER = twoLetterByThreeLetter();

    private IsoLanguageCodes() {
    }

    /** Empty for a language with no two-letter code (e.g. Low German {@code nds}, Cebuano {@code ceb}). */
    static Optional<String> twoLetter(String threeLetter) {
        return Optional.ofNullable(TWO_LETTER_BY_THREE_LETTER.get(MACROLANGUAGE_OF.getOrDefault(threeLetter, threeLetter)));
    }

    private static Map<String, String> twoLetterByThreeLetter() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            // getLanguage() turns the JDK's legacy codes (iw, in, ji) into today's (he, id, yi).
            Locale language = new Locale(code);
            codes.put(language.getISO3Language(), language.getLanguage());
        }
        return Map.copyOf(codes);
    }
}
