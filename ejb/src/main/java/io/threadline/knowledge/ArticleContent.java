package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor writes for an article, checked: each field that is wrong is named. The body keeps the editor's
 * Markdown; {@link #bodyHtml} is its sanitized rendering.
 */
public record ArticleContent(String title, String body, String bodyHtml, String category, List<String> tags,
                             ArticleStatus status) {

    static final int MAX_TAG_COUNT = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** The fields as the API or the editor page sends them. */
    public record Fields(String title, String body, String language, String category, List<String> tags, String status,
                         Long translationOf) {
    }

    public static ArticleContent of(Fields fields) {
        String title = required("title", fields.title(), Article.MAX_TITLE);
        String body = required("body", fields.body(), Article.MAX_BODY);
        String category = required("category", fields.category(), Article.MAX_CATEGORY);
        return new ArticleContent(title, body, ArticleText.html(body), category, tags(fields.tags()), status(fields.status()));
    }

    /** A two-letter ISO 639-1 code, lower case ({@code en}, {@code de}). */
    public static String language(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (code.length() != 2 || !LANGUAGES.contains(code)) {
            throw new InvalidInputException("language", "must be a two-letter ISO 639-1 code such as en or de, not '"
                    + (language == null ? "" : language) + "'");
        }
        return code;
    }

    /** The words of a title as an address: lower case, without accents, hyphens between. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "ss").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > Article.MAX_SLUG) {
            slug = slug.substring(0, Article.MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String required(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        return stripped;
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                throw new InvalidInputException("tags", "'" + (tag == null ? "" : tag)
                        + "' is not a tag: one word of letters, digits, - or _, at most 40 characters");
            }
            clean.add(t);
        }
        if (clean.size() > MAX_TAG_COUNT) {
            throw new InvalidInputException("tags", "at most " + MAX_TAG_COUNT + " tags");
        }
        return new ArrayList<>(clean);
    }

    private static ArticleStatus status(String status) {
        if (status == null || status.isBlank()) {
            return ArticleStatus.DRAFT;
        }
        try {
            return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be draft, published or archived, not '" + status + "'");
        }
    }
}
