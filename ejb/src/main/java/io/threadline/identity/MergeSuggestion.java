package io.threadline.identity;

import java.time.Instant;
import java.util.List;

/**
 * Another active customer who may be the same person: the score (0-100) of the evidence, strongest reason first, and
 * {@code reasons}, the same in words; {@code foundAt} when identity-dedupe recorded the pair (null when only found now).
 */
public record MergeSuggestion(long customerId, String name, String tier, int score, List<String> reasons,
                              List<DuplicateEvidence> evidence, Instant foundAt) {
}
