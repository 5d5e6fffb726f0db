package io.threadline.routing.signals;

import io.threadline.routing.signals.UrgencyLexicon.Booster;
import io.threadline.routing.signals.UrgencyLexicon.Match;
import io.threadline.routing.signals.UrgencyLexicon.Term;

import java.util.List;

/**
 * How urgently a customer's message asks for an answer, 0 (not at all) to 100, from its subject and text: in the
 * manner of VADER (Hutto &amp; Gilbert 2014) a lexicon gives each word or phrase a sentiment, which boosters ("very"),
 * negations ("not happy"), capitals and '!' strengthen or turn; beside it the lexicon's urgency cues ("asap", "refund",
 * "third time", "dringend") add up. A neutral question scores about 15, thanks below that, an annoyed message around
 * 50, an angry demand with capitals and "!!!" above 80. Deterministic, thread-safe, reads at most the first
 * {@value #MAX_CHARS} characters; never throws on the text.
 */
public final class UrgencyScorer {

    static final int MAX_CHARS = 5_000;

    private static final double NEUTRAL_SCORE = 15;
    private static final double NEGATIVITY_WEIGHT = 40;
    private static final double POSITIVITY_WEIGHT = 15;
    private static final double URGENCY_WEIGHT = 45;
    private static final double EMPHASIS_WEIGHT = 15;

    // VADER's constants: a booster's effect fades by 5 % a word; a negation flips a valence and keeps 74 % of it;
    // a word in capitals among lower-case ones counts 73.3 % more; each of up to four '!' adds 0.292, and two
    // or more '?' add 0.18 each up to 0.96; the sum s is normalized as s / sqrt(s² + 15).
    private static final int LOOK_BACK_WORDS = 3;
    private static final double BOOSTER_FADE = 0.05;
    private static final double NEGATION_SCALAR = -0.74;
    private static final double CAPITALS_INCREMENT = 0.733;
    private static final double EXCLAMATION_INCREMENT = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_INCREMENT = 0.18;
    private static final double MAX_QUESTION_AMPLIFIER = 0.96;
    private static final double SENTIMENT_NORMALIZER = 15;

    /** Urgency cues add up to u, taken as u / (|u| + this): one "urgent" (3) counts half of the most. */
    private static final double URGENCY_HALF = 3;
    private static final double EMPHASIS_PER_SHOUTED_TERM = 0.15;
    private static final double EMPHASIS_PER_REPEATED_MARK = 0.1;
    /** Capitals and "!!!" in a clearly happy message ("THANK YOU!!!") are no reason to hurry. */
    private static final double HAPPY_COMPOUND = 0.05;

    private final UrgencyLexicon lexicon = UrgencyLexicon.load();

    public int score(String subject, String text) {
        String message = SignalText.of((subject == null ? "" : subject) + "\n" + (text == null ? "" : text), MAX_CHARS);
        MessageTokens tokens = MessageTokens.of(message);
        List<Match> matches = lexicon.match(tokens.words());

        double sentiment = 0;
        double urgency = 0;
        int shoutedTerms = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (!(matches.get(i).entry() instanceof Term term)) {
                continue;
            }
            double intensity = 1;
            if (matches.get(i).shouted() && tokens.mixedCase()) {
                intensity += CAPITALS_INCREMENT;
                shoutedTerms++;
            }
            boolean negated = false;
            for (int back = 1; back <= LOOK_BACK_WORDS && !matches.get(i - back + 1).startsClause(); back++) {
                Match before = matches.get(i - back);
                if (before.entry() instanceof Booster booster) {
                    intensity += booster.increment() * (1 - BOOSTER_FADE * (back - 1));
                }
                negated |= before.negates();
            }
            sentiment += term.valence() * intensity * (negated ? NEGATION_SCALAR : 1);
            // "no refund", "not urgent here": a negated cue asks for nothing.
            urgency += negated ? 0 : term.urgency() * intensity;
        }

        double compound = compound(sentiment, tokens);
        double emphasis = Math.min(1, EMPHASIS_PER_SHOUTED_TERM * shoutedTerms
                + EMPHASIS_PER_REPEATED_MARK * tokens.repeatedMarks());
        double score = NEUTRAL_SCORE
                + NEGATIVITY_WEIGHT * Math.max(0, -compound)
                - POSITIVITY_WEIGHT * Math.max(0, compound)
                + URGENCY_WEIGHT * urgency / (Math.abs(urgency) + URGENCY_HALF)
                + (compound <= HAPPY_COMPOUND || urgency > 0 ? EMPHASIS_WEIGHT * emphasis : 0);
        return (int) Math.round(Math.max(0, Math.min(100, score)));
    }

    /** VADER's compound sentiment, -1 .. 1: the sum, amplified by '!' and '?' in its own direction, normalized. */
    private static double compound(double sentiment, MessageTokens tokens) {
        if (sentiment == 0) {
            return 0;
        }
        double amplifier = EXCLAMATION_INCREMENT * Math.min(MAX_EXCLAMATIONS, tokens.exclamationMarks());
        if (tokens.questionMarks() > 1) {
            amplifier += Math.min(MAX_QUESTION_AMPLIFIER, QUESTION_INCREMENT * tokens.questionMarks());
        }
        double amplified = sentiment + Math.signum(sentiment) * amplifier;
        return amplified / Math.sqrt(amplified * amplified + SENTIMENT_NORMALIZER);
    }
}
