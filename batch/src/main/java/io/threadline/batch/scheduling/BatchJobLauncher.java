package io.threadline.batch.scheduling;

import io.threadline.batch.analytics.AnalyticsParameters;
import io.threadline.batch.csv.CsvImportParameters;
import io.threadline.batch.customerimport.ImportParameters;
import io.threadline.batch.dedupe.DedupeParameters;
import io.threadline.batch.erpimport.ErpImportParameters;
import io.threadline.batch.parameterless.ParameterlessBatchlet;
import io.threadline.batch.reportexport.ExportRequest;
import io.threadline.identity.dedupe.DedupeSettings;
import io.threadline.reporting.ReportingSettings;
import io.threadline.scheduling.JobLauncher;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The operator page's way to the jobs of this module; see {@link JobLauncher}. */
@Stateless
@Local(JobLauncher.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobLauncher implements JobLauncher {

    private static final Set<String> CSV_IMPORTS = Set.of("customer-import", "erp-import");

    @Inject
    ReportingSettings settings;

    @Inject
    DedupeSettings dedupeSettings;

    @Inject
    @ConfigProperty(name = "crm.import.dir")
    String importDir;

    @Override
    public long start(String job, Properties parameters) {
        if (!job.matches("[a-z][a-z-]*") || BatchJobLauncher.class.getResource("/META-INF/batch-jobs/" + job + ".xml") == null) {
            throw new NoSuchJobException("There is no batch job named " + job);
        }
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

    @Override
    public Optional<Path> rejectsFile(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            if (!CSV_IMPORTS.contains(operator.getJobExecution(executionId).getJobName())) {
                return Optional.empty();
            }
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        Properties parameters = operator.getParameters(executionId);
        Path rejects;
        try {
            rejects = CsvImportParameters.of(parameters == null ? new Properties() : parameters, importDir).rejects();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // its files were refused: it failed before reading a row
        }
        return Files.isRegularFile(rejects) ? Optional.of(rejects) : Optional.empty();
    }

    private void check(String job, Properties parameters) {
        if ("nightly-analytics".equals(job)) {
            AnalyticsParameters.check(parameters, settings);
        }
        if ("customer-import".equals(job)) {
            ImportParameters.check(parameters, importDir);
        }
        if ("erp-import".equals(job)) {
            ErpImportParameters.check(parameters, importDir);
        }
        if ("report-export".equals(job)) {
            ExportRequest.of(parameters, settings.zone());
        }
        if ("identity-dedupe".equals(job)) {
            DedupeParameters.check(parameters, dedupeSettings);
        }
        if (Set.of("knowledge-reindex", "similar-conversations-reindex", "purchase-associations").contains(job)) {
            ParameterlessBatchlet.check(job, parameters);
        }
    }
}
