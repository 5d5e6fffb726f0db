package io.threadline.batch.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an import skipped: line, reason, and the row as it was. A fresh run removes the rejects of an
 * earlier run of the same file; the file itself is written from the first rejected row on. A restarted import
 * keeps the rejects up to its checkpoint and drops those of the rolled-back chunk, which it is about to read
 * again, so every bad row is listed once.
 */
public class RejectsFile implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader("line", "reason", "row").build();

    private final Path path;
    private final long resumeAfterLine;
    private CSVPrinter printer;

    public RejectsFile(Path path, long resumeAfterLine) throws IOException {
        this.path = path;
        this.resumeAfterLine = resumeAfterLine;
        if (resumeAfterLine == 0 && Files.isRegularFile(path)) {
            Files.delete(path);
        }
    }

    public void reject(long line, String reason, String row) {
        try {
            if (printer == null) {
                printer = open();
            }
            printer.printRecord(line, reason, row);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    private CSVPrinter open() throws IOException {
        List<CSVRecord> kept = new ArrayList<>();
        if (resumeAfterLine > 0 && Files.exists(path)) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                    if (Long.parseLong(record.get("line")) <= resumeAfterLine) {
                        kept.add(record);
                    }
                }
            }
        }
        Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (CSVRecord record : kept) {
            csv.printRecord(record.get("line"), record.get("reason"), record.get("row"));
        }
        return csv;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
