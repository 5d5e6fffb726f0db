package io.threadline.batch.customerimport;

/** A row that cannot be imported; the step skips it into the rejects file. */
public class InvalidRowException extends Exception {

    private final long line;

    public InvalidRowException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
