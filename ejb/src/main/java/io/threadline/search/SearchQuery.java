package io.threadline.search;

import io.threadline.shared.InvalidInputException;

import java.util.Locale;

/**
 * A search as asked: the text (at least {@value #MIN_LENGTH} characters, trimmed), which group to page through
 * (null: the first page of every group), the offset in it, and the page size.
 */
public record SearchQuery(String text, Group group, int offset, int limit) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    public enum Group {
        CUSTOMERS, CONVERSATIONS, MESSAGES
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() < MIN_LENGTH) {
            throw new InvalidInputException("q", "type at least " + MIN_LENGTH + " characters to search");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "is longer than " + MAX_LENGTH + " characters");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Reads the group named in a request (customers, conversations, messages; any case), null when none is named. */
    public static Group group(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Group.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("group", "must be customers, conversations or messages");
        }
    }

    boolean wants(Group g) {
        return group == null || group == g;
    }

    int offsetIn(Group g) {
        return group == g ? offset : 0;
    }

    /** The text as a LIKE pattern matching it anywhere in a lower-cased column ({@code \} escapes). */
    String containsPattern(String key) {
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
