package io.threadline.batch.dedupe;

import io.threadline.identity.DuplicateCandidates;
import io.threadline.identity.dedupe.DedupeRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Checks the parameters and records the run with its policy before anything is read: a wrong parameter fails the job
 * here, named in the job log and as its exit status. Then gives identities stored before match keys existed their key,
 * a page per transaction, so that the customers' step finds their variants.
 */
@Named
@Dependent
public class DedupeStart extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DedupeStart.class.getName());
    private static final int PAGE = 500;

    @EJB
    DedupeRuns runs;

    @EJB
    DuplicateCandidates candidates;

    @Inject
    DedupeParameters parameters;

    @Override
    public String process() {
        try {
            String policy = runs.open(parameters.runId(), parameters.policy()).toString();
            LOG.info(() -> "identity-dedupe run " + parameters.runId() + ": " + policy);
        } catch (IllegalArgumentException e) {
            parameters.exitStatus(e.getMessage());
            throw e;
        }
        long last = 0;
        do {
            last = candidates.fillMatchKeys(last, PAGE);
        } while (last != 0);
        return "STARTED";
    }
}
