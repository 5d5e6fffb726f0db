package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;

/**
 * A search of the published articles: the words, optionally one language (else every language, each read with its own
 * analyzer), and how many results. Bounded, so that a huge or odd query costs no more than a normal one.
 */
public record ArticleQuery(String text, String language, int limit) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 16;
    public static final int MAX_LIMIT = 50;

    public static ArticleQuery of(String text, String language, Integer limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            throw new InvalidInputException("q", "must not be empty");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "is longer than " + MAX_LENGTH + " characters");
        }
        if (q.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidInputException("q", "holds control characters");
        }
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String lang = language == null || language.isBlank() ? null : ArticleContent.language(language);
        return new ArticleQuery(q, lang, n);
    }
}
