package io.threadline.web.operations;

import java.util.List;
import java.util.Map;

/** A parameter the start form of a job asks for, with what it means; the job's own checks decide what is valid. */
public record JobParameter(String name, String label, String hint, boolean required) {

    static final Map<String, List<JobParameter>> OF_JOB = Map.of(
            "knowledge-reindex", List.of(),
            "similar-conversations-reindex", List.of(),
            "purchase-associations", List.of(),
            "nightly-analytics", List.of(
                    new JobParameter("date", "Day", "ISO day, e.g. 2026-11-25; empty: yesterday", false),
                    new JobParameter("partitions", "Partitions", "hour ranges, 1-24; empty: 4", false)),
            "report-export", List.of(
                    new JobParameter("from", "From", "ISO day; empty: yesterday", false),
                    new JobParameter("to", "To", "ISO day, at most 366 days after from; empty: from", false),
                    new JobParameter("reports", "Reports", "comma-separated, e.g. volume,sla; empty: all", false)),
            "retention", List.of(
                    new JobParameter("dryRun", "Dry run", "true: record what it would do, change nothing", false),
                    new JobParameter("asOf", "As of", "ISO day the cutoffs count back from; empty: today", false),
                    new JobParameter("inactiveCustomers", "Anonymize customers inactive for", "ISO period or off; empty: configured", false),
                    new JobParameter("attachments", "Delete files older than", "ISO period or off; empty: configured", false),
                    new JobParameter("drafts", "Delete drafts older than", "ISO period or off; empty: configured", false),
                    new JobParameter("deadLetters", "Purge dead letters older than", "ISO period or off; empty: configured", false),
                    new JobParameter("auditEntries", "Delete audit entries older than", "ISO period or off; empty: configured", false),
                    new JobParameter("chunkSize", "Chunk size", "1-1000; empty: 50", false)),
            "identity-dedupe", List.of(
                    new JobParameter("dryRun", "Dry run", "true: count what it would record and merge, change nothing", false),
                    new JobParameter("minScore", "Record from score", "0-100; empty: configured (50 unless set)", false),
                    new JobParameter("autoMergeScore", "Merge by itself from score", "0-100 or off, never below the configured; empty: configured", false),
                    new JobParameter("chunkSize", "Chunk size", "customers per transaction, 1-1000; empty: 100", false)),
            "customer-import", List.of(
                    new JobParameter("inputFile", "Input file", "a CSV file in the import directory", true),
                    new JobParameter("rejectsFile", "Rejects file", "empty: next to the input file", false),
                    new JobParameter("source", "Source", "what the timeline calls it, e.g. Legacy CRM", false),
                    new JobParameter("nameColumn", "Name column", "empty: name", false),
                    new JobParameter("emailColumns", "Email columns", "comma-separated; empty: email", false),
                    new JobParameter("phoneColumns", "Phone columns", "comma-separated; empty: phone", false),
                    new JobParameter("customerNumberColumn", "Customer number column", "empty: customer_number", false),
                    new JobParameter("delimiter", "Delimiter", "one character or tab; empty: comma", false),
                    new JobParameter("chunkSize", "Chunk size", "rows per transaction; empty: 500", false)),
            "erp-import", List.of(
                    new JobParameter("inputFile", "Input file", "a CSV file in the import directory", true),
                    new JobParameter("recordType", "Records", "customers or orders", true),
                    new JobParameter("columns", "Columns", "field=column pairs, e.g. customerNumber=KUNNR,updatedAt=AEDAT; "
                            + "empty: the fields' own names", false),
                    new JobParameter("dateFormat", "Date format", "e.g. dd.MM.yyyy HH:mm; empty: ISO-8601", false),
                    new JobParameter("zone", "Time zone", "of times without an offset, e.g. Europe/Rome; empty: UTC", false),
                    new JobParameter("changedFrom", "Changed from", "ISO day; empty: no limit", false),
                    new JobParameter("changedTo", "Changed to", "ISO day; empty: no limit", false),
                    new JobParameter("rejectsFile", "Rejects file", "empty: next to the input file", false),
                    new JobParameter("delimiter", "Delimiter", "one character or tab; empty: comma", false),
                    new JobParameter("chunkSize", "Chunk size", "records per transaction; empty: 500", false)));

    static List<JobParameter> of(String job) {
        return OF_JOB.getOrDefault(job, List.of());
    }
}
