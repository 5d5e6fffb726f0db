package io.threadline.batch.retention;

import io.threadline.retention.RetentionRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Checks the parameters and records the run with its policy before anything is touched: a wrong parameter fails the
 * job here, with the parameter named in the job log and as its exit status, and nothing is recorded or changed.
 */
@Named
@Dependent
public class StartRun extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(StartRun.class.getName());

    @EJB
    RetentionRuns runs;

    @Inject
    RetentionParameters parameters;

    @Override
    public String process() {
        try {
            String policy = runs.open(parameters.runId(), parameters.policy()).toString();
            LOG.info(() -> "Retention run " + parameters.runId() + ": " + policy);
            return "STARTED";
        } catch (IllegalArgumentException e) {
            parameters.exitStatus(e.getMessage());
            throw e;
        }
    }
}
