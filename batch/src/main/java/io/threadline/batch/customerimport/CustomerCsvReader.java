package io.threadline.batch.customerimport;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads the CSV export row by row. The checkpoint is the last file line read, so a restarted job
 * continues after the last committed chunk. The rejects file of the step is shared through the step context.
 */
@Named
@Dependent
public class CustomerCsvReader extends AbstractItemReader {

    @Inject
    ImportParameters parameters;

    @Inject
    StepContext step;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lastLine;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path input = parameters.input();
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("Input file " + input + " does not exist or cannot be read");
        }
        Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        parser = CSVFormat.DEFAULT.builder().setDelimiter(parameters.delimiter()).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).build().parse(reader);
        parameters.columns().requireIn(parser.getHeaderMap().keySet());
        records = parser.iterator();
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        step.setTransientUserData(new RejectsFile(parameters.rejects(), resumeAfter));
        lastLine = 1;
        while (lastLine < resumeAfter && records.hasNext()) {
            records.next();
            lastLine = parser.getCurrentLineNumber();
        }
    }

    /** The next row with content; blank lines are passed over but still counted, so line numbers match the file. */
    @Override
    public Object readItem() {
        while (records.hasNext()) {
            long firstLine = lastLine + 1;
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            if (record.stream().anyMatch(value -> !value.isEmpty())) {
                return new CsvRow(firstLine, record.toMap(), String.join(String.valueOf(parameters.delimiter()), record.values()));
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() throws Exception {
        if (step.getTransientUserData() instanceof RejectsFile rejects) {
            rejects.close();
        }
        if (parser != null) {
            parser.close();
        }
    }
}
