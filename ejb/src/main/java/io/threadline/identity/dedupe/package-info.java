/**
 * The identity-dedupe job's side of identity: what a run is asked to do ({@link io.threadline.identity.dedupe.DedupePolicy}
 * over {@link io.threadline.identity.dedupe.DedupeSettings}) and the record of each run
 * ({@link io.threadline.identity.dedupe.DedupeRuns}). The pairs themselves are identity's
 * ({@link io.threadline.identity.DuplicateCandidates}).
 */
package io.threadline.identity.dedupe;
