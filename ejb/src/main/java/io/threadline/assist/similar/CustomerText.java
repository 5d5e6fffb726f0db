package io.threadline.assist.similar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What the customer wrote in a conversation, bounded: a long email thread costs no more to index or compare than a
 * few paragraphs, and the start of a problem (or the latest of it) is what tells it apart.
 */
final class CustomerText {

    /** What a resolved conversation's document holds of the customer's words. */
    static final int QUESTION_LENGTH = 2_000;
    /** What the "more like this" query compares: the customer's latest messages. */
    static final int LATEST_LENGTH = 1_000;

    private CustomerText() {
    }

    /** The subject and the customer's messages, oldest first, cut at {@code max} characters. */
    static String question(String subject, List<ConversationMessage> oldestFirst, int max) {
        StringBuilder text = new StringBuilder(subject == null ? "" : subject.strip());
        for (ConversationMessage m : oldestFirst) {
            if (text.length() >= max) {
                break;
            }
            if (m.fromCustomer()) {
                text.append(text.isEmpty() ? "" : "\n").append(m.text().strip());
            }
        }
        return cut(text.toString(), max);
    }

    /** The customer's latest messages, in the order written, as many as fit in {@code max} characters (at least the last). */
    static String latest(List<ConversationMessage> oldestFirst, int max) {
        Deque<String> newestLast = new ArrayDeque<>();
        int length = 0;
        for (int i = oldestFirst.size() - 1; i >= 0 && length < max; i--) {
            ConversationMessage m = oldestFirst.get(i);
            if (m.fromCustomer()) {
                String text = m.text().strip();
                if (!newestLast.isEmpty() && length + text.length() + 1 > max) {
                    break;
                }
                newestLast.addFirst(text);
                length += text.length() + 1;
            }
        }
        return cut(String.join("\n", newestLast), max);
    }

    /** The customer's latest message, as written. */
    static Optional<String> latestMessage(List<ConversationMessage> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (oldestFirst.get(i).fromCustomer()) {
                return Optional.of(oldestFirst.get(i).text().strip());
            }
        }
        return Optional.empty();
    }

    /** The text up to {@code max} characters, cut after the last whole word that fits. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return (end == 0 ? text.substring(0, max) : text.substring(0, end)).strip();
    }

    /** A line to show: whitespace runs as one space, at most {@code max} characters, "…" when cut. */
    static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : cut(line, max - 1) + "…";
    }
}
