package io.threadline.rules;

/**
 * A text that refuses to be read after a deadline. {@link java.util.regex.Matcher} reads its input through
 * {@link #charAt}, so a backtracking regular expression gives up with a {@link RuleTimeoutException} instead of
 * holding a thread for minutes.
 */
final class TimeBoxedText implements CharSequence {

    private final CharSequence text;
    private final long deadlineNanos;

    TimeBoxedText(CharSequence text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new RuleTimeoutException("a regular expression took too long and was given up");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimeBoxedText(text.subSequence(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
