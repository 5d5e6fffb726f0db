package io.threadline.batch.dedupe;

import io.threadline.identity.DuplicateAutoMerge;
import io.threadline.identity.DuplicateCandidates;
import io.threadline.identity.dedupe.DedupePolicy;
import io.threadline.identity.dedupe.DedupeRuns;
import io.threadline.shared.ConflictException;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Removes the open pairs the run did not find again, merges (each in a transaction of its own) the pairs it found with
 * a score of at least its auto-merge score (a pair the merge refuses, changed meanwhile, is logged and left open), and
 * records the run's end; the summary becomes the job's exit status. A dry run only counts what it would remove.
 */
@Named
@Dependent
public class DedupeFinish extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DedupeFinish.class.getName());

    @EJB
    DuplicateCandidates candidates;

    @EJB
    DuplicateAutoMerge autoMerge;

    @EJB
    DedupeRuns runs;

    @Inject
    DedupeParameters parameters;

    @Override
    public String process() {
        long runId = parameters.runId();
        DedupePolicy policy = runs.policy(runId);
        int removed = candidates.removeStale(runId, policy.dryRun());
        if (!policy.dryRun() && policy.autoMergeScore() != null) {
            for (long pair : candidates.mergeable(runId, policy.autoMergeScore())) {
                try {
                    autoMerge.merge(pair);
                } catch (ConflictException e) {
                    LOG.warning(() -> "identity-dedupe run " + runId + " left pair " + pair + " unmerged: " + e.getMessage());
                }
            }
        }
        parameters.exitStatus(runs.finish(runId, candidates.mergedBy(runId), removed));
        return "FINISHED";
    }
}
