package io.threadline.batch.csv;

import java.util.List;

/** The column names of the file's first line, which every mapped column must be among. */
public record CsvHeader(List<String> columns) {

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** Fails the job with a message naming the column and what mapped it ({@code job parameter phoneColumns}). */
    public void require(String column, String mappedBy) {
        if (!has(column)) {
            throw new IllegalArgumentException("Column '" + column + "' (" + mappedBy + ") is not in the file's header " + columns);
        }
    }
}
