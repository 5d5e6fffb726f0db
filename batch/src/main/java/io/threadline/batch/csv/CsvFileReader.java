package io.threadline.batch.csv;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV file of the import directory row by row, one row ahead. The checkpoint is the last file line of the
 * rows handed on, so a restarted job continues after the last committed chunk. The header is checked against the
 * job's column mapping before any row is read. The step's rejects file is shared through the step context.
 */
public abstract class CsvFileReader extends AbstractItemReader {

    @Inject
    CsvImportParameters parameters;

    @Inject
    StepContext step;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private String delimiter;
    private long linesRead;
    private CsvRow next;
    private long nextEndsOn;
    private long checkpoint;

    /** Fails, naming the column and its parameter, when the job's mapping names a column the header lacks. */
    protected abstract void checkHeader(CsvHeader header);

    /** Opens the file at the checkpoint: when the step starts or restarts, and again (after a close) to retry a chunk. */
    @Override
    public void open(Serializable checkpoint) throws IOException {
        parser = parameters.openInput();
        delimiter = String.valueOf(parameters.delimiter());
        checkHeader(new CsvHeader(List.copyOf(parser.getHeaderNames())));
        records = parser.iterator();
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        step.setTransientUserData(new RejectsFile(parameters.rejects(), resumeAfter));
        linesRead = 1;
        while (linesRead < resumeAfter && records.hasNext()) {
            records.next();
            linesRead = parser.getCurrentLineNumber();
        }
        this.checkpoint = linesRead;
        next = readRow();
    }

    /** One row per item; a job whose records span several rows reads them with {@link #peek()} and {@link #take()}. */
    @Override
    public Object readItem() {
        return take();
    }

    /** The next row with content, not taken yet; null at the end of the file. */
    protected CsvRow peek() {
        return next;
    }

    /** The next row with content, taken: the checkpoint moves past it. Null at the end of the file. */
    protected CsvRow take() {
        CsvRow row = next;
        if (row != null) {
            checkpoint = nextEndsOn;
            next = readRow();
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return checkpoint;
    }

    @Override
    public void close() throws IOException {
        if (step.getTransientUserData() instanceof RejectsFile rejects) {
            rejects.close();
        }
        if (parser != null) {
            parser.close();
        }
    }

    /** Blank lines are passed over but still counted, so line numbers match the file. */
    private CsvRow readRow() {
        while (records.hasNext()) {
            long firstLine = linesRead + 1;
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            if (record.stream().anyMatch(value -> !value.isEmpty())) {
                nextEndsOn = linesRead;
                return new CsvRow(firstLine, record.toMap(), String.join(delimiter, record.values()));
            }
        }
        return null;
    }
}
