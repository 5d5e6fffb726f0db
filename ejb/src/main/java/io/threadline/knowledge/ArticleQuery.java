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

    /**
     * A search for what a customer wrote (a chat message, an email): its first words within the bounds, control
     * characters as spaces, so that a long message is searched by its start instead of refused.
     */
    public static ArticleQuery forQuestion(String text, String language, int limit) {
        String[] words = text.replaceAll("\\p{Cntrl}", " ").strip().split("\\s+");
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, MAX_TERMS); i++) {
            if (q.length() + words[i].length() + 1 > MAX_LENGTH) {
                break;
            }
            q.append(q.isEmpty() ? "" : " ").append(words[i]);
        }
        return of(q.isEmpty() ? text.strip().substring(0, Math.min(text.strip().length(), MAX_LENGTH)) : q.toString(),
                language, limit);
    }

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
