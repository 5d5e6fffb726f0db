package io.threadline.identity.dedupe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * {@code crm.identity.dedupe.min-score} (default 50): the score from which a run records a pair;
 * {@code crm.identity.dedupe.auto-merge-score} (default {@code off}): the lowest score at which any run may merge a pair by
 * itself, or {@code off}: no run merges. Read at each start, so a change needs no restart.
 */
@ApplicationScoped
public class DedupeSettings {

    static final String MIN_SCORE_KEY = "crm.identity.dedupe.min-score";
    static final String AUTO_MERGE_KEY = "crm.identity.dedupe.auto-merge-score";

    /** The configured values; a wrong one is refused naming its key. */
    public record Configured(int minScore, Integer autoMergeScore) {
    }

    @Inject
    Config config;

    public Configured configured() {
        String minScore = config.getOptionalValue(MIN_SCORE_KEY, String.class).orElse("50");
        String autoMerge = config.getOptionalValue(AUTO_MERGE_KEY, String.class).orElse(DedupePolicy.OFF);
        return new Configured(DedupePolicy.score("Configuration key " + MIN_SCORE_KEY, minScore),
                DedupePolicy.scoreOrOff("Configuration key " + AUTO_MERGE_KEY, autoMerge));
    }
}
