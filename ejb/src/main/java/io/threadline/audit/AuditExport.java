package io.threadline.audit;

import io.threadline.shared.SpreadsheetText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit log as CSV, newest first: {@code id, at, actor, action, kind, name, before, after}. The export is itself
 * recorded (action {@code EXPORTED}, kind {@code audit}, with the filter) before the first row is written. Entries
 * are read a page at a time, each page in a transaction of its own, so a long log streams without holding one open.
 */
@ApplicationScoped
public class AuditExport {

    static final List<String> COLUMNS = List.of("id", "at", "actor", "action", "kind", "name", "before", "after");

    @EJB
    AuditLog audit;

    public void write(AuditFilter filter, String exporter, Writer out) throws IOException {
        audit.recordEvent(exporter, "EXPORTED", "audit", "audit log", filter.toJson());
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        csv.printRecord(COLUMNS);
        Long before = null;
        List<AuditEntryView> page;
        do {
            page = audit.newest(filter, before, AuditLog.MAX_PAGE);
            for (AuditEntryView entry : page) {
                csv.printRecord(entry.id(), entry.at(), SpreadsheetText.of(entry.actor()), entry.action(), entry.kind(),
                        SpreadsheetText.of(entry.name()), SpreadsheetText.of(entry.before()), SpreadsheetText.of(entry.after()));
            }
            before = page.isEmpty() ? before : page.get(page.size() - 1).id();
        } while (page.size() == AuditLog.MAX_PAGE);
        csv.flush();
    }
}
