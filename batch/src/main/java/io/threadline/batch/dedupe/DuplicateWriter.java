package io.threadline.batch.dedupe;

import io.threadline.identity.DuplicateCandidates;
import io.threadline.identity.dedupe.DedupePolicy;
import io.threadline.identity.dedupe.DedupeRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Weighs the pairs of a chunk of customers and records those scoring the run's minimum or more (a dry run counts them),
 * with the run's counts, in the chunk's transaction with the reader's checkpoint.
 */
@Named
@Dependent
public class DuplicateWriter extends AbstractItemWriter {

    @EJB
    DuplicateCandidates candidates;

    @EJB
    DedupeRuns runs;

    @Inject
    DedupeParameters parameters;

    private DedupePolicy policy;

    @Override
    public void open(Serializable checkpoint) {
        policy = runs.policy(parameters.runId());
    }

    @Override
    public void writeItems(List<Object> items) {
        DuplicateCandidates.Found found = DuplicateCandidates.Found.NONE;
        for (Object id : items) {
            found = found.plus(candidates.weigh(parameters.runId(), (Long) id, policy.minScore(), policy.autoMergeScore(),
                    policy.dryRun()));
        }
        runs.read(parameters.runId(), items.size(), found.pairs(), found.recorded(), found.mergeable());
    }
}
