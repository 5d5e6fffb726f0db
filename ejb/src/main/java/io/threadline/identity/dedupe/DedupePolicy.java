package io.threadline.identity.dedupe;

import io.threadline.shared.JobParameters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What one identity-dedupe run does: record pairs scoring {@code minScore} or more, merge those scoring
 * {@code autoMergeScore} or more (null: none), or, in a dry run, only count them. Built from the job parameters over the
 * configuration; a wrong or unknown parameter is refused naming it, before anything is done. A run may be more careful
 * than the configuration, never less: {@code autoMergeScore} may raise the configured score or say {@code off}, not lower
 * it, nor turn merging on when the configuration has it off.
 */
public record DedupePolicy(int minScore, Integer autoMergeScore, boolean dryRun) {

    public static final String MIN_SCORE = "minScore";
    public static final String AUTO_MERGE_SCORE = "autoMergeScore";
    public static final String DRY_RUN = "dryRun";
    public static final String CHUNK_SIZE = "chunkSize";
    static final String OFF = "off";
    static final int MAX_CHUNK_SIZE = 1000;

    public static DedupePolicy of(Properties parameters, DedupeSettings.Configured configured) {
        JobParameters.requireKnown(parameters, names(), "identity-dedupe");
        String minScoreValue = JobParameters.value(parameters, MIN_SCORE);
        int minScore = minScoreValue == null ? configured.minScore() : score("Job parameter " + MIN_SCORE, minScoreValue);
        Integer autoMerge = autoMerge(JobParameters.value(parameters, AUTO_MERGE_SCORE), configured);
        if (autoMerge != null && autoMerge < minScore) {
            throw new IllegalArgumentException("Job parameter " + AUTO_MERGE_SCORE + " (" + autoMerge
                    + ") must not be lower than minScore (" + minScore + "): a pair not recorded is not merged");
        }
        boolean dryRun = JobParameters.trueOrFalse(DRY_RUN, JobParameters.value(parameters, DRY_RUN), false);
        JobParameters.wholeNumber("Job parameter " + CHUNK_SIZE, JobParameters.value(parameters, CHUNK_SIZE), 1, MAX_CHUNK_SIZE);
        return new DedupePolicy(minScore, autoMerge, dryRun);
    }

    /** The parameters identity-dedupe takes. */
    public static Set<String> names() {
        return new LinkedHashSet<>(List.of(MIN_SCORE, AUTO_MERGE_SCORE, DRY_RUN, CHUNK_SIZE));
    }

    private static Integer autoMerge(String value, DedupeSettings.Configured configured) {
        if (value == null) {
            return configured.autoMergeScore();
        }
        Integer asked = scoreOrOff("Job parameter " + AUTO_MERGE_SCORE, value);
        if (asked == null) {
            return null;
        }
        if (configured.autoMergeScore() == null) {
            throw new IllegalArgumentException("Job parameter " + AUTO_MERGE_SCORE + " cannot be " + asked + ": merging by"
                    + " itself is off in the configuration (" + DedupeSettings.AUTO_MERGE_KEY + ")");
        }
        if (asked < configured.autoMergeScore()) {
            throw new IllegalArgumentException("Job parameter " + AUTO_MERGE_SCORE + " must not be lower than the configured "
                    + DedupeSettings.AUTO_MERGE_KEY + " (" + configured.autoMergeScore() + "), not '" + value + "'");
        }
        return asked;
    }

    static int score(String what, String value) {
        return JobParameters.wholeNumber(what, value.strip(), 0, 100);
    }

    static Integer scoreOrOff(String what, String value) {
        String given = value.strip();
        if (given.isEmpty() || given.equalsIgnoreCase(OFF)) {
            return null;
        }
        if (given.matches("\\d{1,3}") && Integer.parseInt(given) <= 100) {
            return Integer.parseInt(given);
        }
        throw new IllegalArgumentException(what + " must be a whole number from 0 to 100, or off, not '" + value + "'");
    }

    @Override
    public String toString() {
        return (dryRun ? "dry run" : "run") + ": record pairs scoring " + minScore + " or more, "
                + (autoMergeScore == null ? "merge none" : "merge those scoring " + autoMergeScore + " or more");
    }
}
