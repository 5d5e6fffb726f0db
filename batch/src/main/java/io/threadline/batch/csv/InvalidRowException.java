package io.threadline.batch.csv;

/** A row that cannot be imported; the step skips it into the rejects file. */
public class InvalidRowException extends Exception {

    public InvalidRowException(String reason) {
        super(reason);
    }
}
