package io.threadline.batch.reportexport;

import io.threadline.reporting.AnalyticsStore;
import io.threadline.reporting.ReportCsv;
import io.threadline.reporting.ReportName;
import io.threadline.reporting.ReportQuery;
import io.threadline.reporting.ReportTable;
import io.threadline.reporting.ReportingSettings;
import io.threadline.reporting.Reports;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Writes each report asked for, at {@link ReportQuery#forExport its export grain}, as {@code <report>.csv}, and
 * {@code days.csv} (each day of the range with the nightly-analytics run whose figures it holds, empty where none was
 * published), into {@code <crm.export.dir>/<folder>}. Its exit status says what it wrote and which days had no
 * figures. A stop between two reports leaves the earlier export of those days as it was.
 */
@Named
@Dependent
public class ExportReports extends AbstractBatchlet {

    @EJB
    Reports reports;

    @EJB
    AnalyticsStore store;

    @Inject
    ReportingSettings settings;

    @Inject
    JobContext job;

    @Inject
    @ConfigProperty(name = "crm.export.dir")
    String exportDir;

    private volatile boolean stopped;

    @Override
    public String process() {
        Properties submitted = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        ExportRequest request = ExportRequest.of(submitted == null ? new Properties() : submitted, settings.zone());
        ExportFolder folder = ExportFolder.stage(Path.of(exportDir), request.folderName(), job.getExecutionId());
        long rows = 0;
        List<LocalDate> missing;
        try {
            for (ReportName report : request.reports()) {
                if (stopped) {
                    folder.discard();
                    return "STOPPED";
                }
                ReportTable table = reports.report(ReportQuery.forExport(report, request.from(), request.to()));
                folder.write(report.wireName() + ".csv", out -> ReportCsv.write(table, out));
                rows += table.rows().size();
            }
            missing = writeDays(folder, request);
        } catch (RuntimeException e) {
            folder.discard();
            throw e;
        }
        Path written = folder.publish();
        job.setExitStatus("EXPORTED " + request.reports().size() + " reports, " + rows + " rows to " + written
                + (missing.isEmpty() ? "" : "; no figures published for " + DayRanges.of(missing)));
        return "EXPORTED";
    }

    /** Writes days.csv; the days without published figures. */
    private List<LocalDate> writeDays(ExportFolder folder, ExportRequest request) {
        Map<LocalDate, Long> runs = store.publishedRuns(request.from(), request.to());
        List<LocalDate> missing = new ArrayList<>();
        folder.write("days.csv", out -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
                printer.printRecord("day", "run");
                for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
                    Long run = runs.get(day);
                    if (run == null) {
                        missing.add(day);
                    }
                    printer.printRecord(day, run);
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return missing;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
