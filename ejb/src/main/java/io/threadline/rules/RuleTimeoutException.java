package io.threadline.rules;

/** A condition took longer than its time budget (a regular expression backtracking without end); its rule is skipped. */
public class RuleTimeoutException extends RuntimeException {

    public RuleTimeoutException(String message) {
        super(message);
    }
}
