package io.threadline.retention;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did in one line, the job's exit status: "3 customers anonymized, 2 attachments deleted, deadLetters off,
 * 0 drafts deleted"; a dry run's starts "Dry run, nothing changed:" and counts what it would do.
 */
public record RetentionSummary(RetentionPolicy policy, Map<RetentionTarget, Long> counts) {

    @Override
    public String toString() {
        String counted = Arrays.stream(RetentionTarget.values())
                .map(t -> policy.cutoff(t).isEmpty() ? t.parameter() + " off"
                        : counts.getOrDefault(t, 0L) + " " + t.counted(policy.dryRun()))
                .collect(Collectors.joining(", "));
        return policy.dryRun() ? "Dry run, nothing changed: " + counted : counted;
    }
}
