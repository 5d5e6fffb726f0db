package io.threadline.batch.scheduling;

import io.threadline.batch.analytics.AnalyticsParameters;
import io.threadline.batch.dedupe.DedupeParameters;
import io.threadline.batch.erpimport.ErpImportParameters;
import io.threadline.identity.dedupe.DedupeSettings;
import io.threadline.reporting.ReportingSettings;
import io.threadline.scheduling.JobLauncher;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Properties;

/** The operator page's way to the jobs of this module; see {@link JobLauncher}. */
@Stateless
@Local(JobLauncher.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobLauncher implements JobLauncher {

    @Inject
    ReportingSettings settings;

    @Inject
    DedupeSettings dedupeSettings;

    @Inject
    @ConfigProperty(name = "crm.import.dir")
    String importDir;

    @Override
    public long start(String job, Properties parameters) {
        check(job, parameters);
        return BatchRuntime.getJobOperator().start(job, parameters);
    }

    /** Restarts with the parameters the execution had, changed where {@code parameters} says. */
    @Override
    public long restart(long executionId, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties merged = new Properties();
        merged.putAll(operator.getParameters(executionId));
        merged.putAll(parameters);
        check(operator.getJobExecution(executionId).getJobName(), merged);
        return operator.restart(executionId, merged);
    }

    @Override
    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    private void check(String job, Properties parameters) {
        if ("nightly-analytics".equals(job)) {
            AnalyticsParameters.check(parameters, settings);
        }
        if ("erp-import".equals(job)) {
            ErpImportParameters.check(parameters, importDir);
        }
        if ("identity-dedupe".equals(job)) {
            DedupeParameters.check(parameters, dedupeSettings);
        }
    }
}
