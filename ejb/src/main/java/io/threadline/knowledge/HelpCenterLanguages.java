package io.threadline.knowledge;

import java.util.List;
import java.util.stream.Stream;

/**
 * The languages the help center has published articles in, and which of them a reader (or a customer writing in) gets:
 * the first one they want that it has; else English, the help center's default; else any it has.
 */
public record HelpCenterLanguages(List<String> published) {

    static final String DEFAULT = "en";

    public HelpCenterLanguages {
        published = List.copyOf(published);
    }

    /** The first of {@code wanted} (ISO 639-1 codes, best first; nulls ignored) the help center has, else its default. */
    public String choose(Stream<String> wanted) {
        return wanted.filter(published::contains).findFirst().orElseGet(this::defaultLanguage);
    }

    /** English when there are English articles or none at all, else the first language there are articles in. */
    public String defaultLanguage() {
        return published.contains(DEFAULT) || published.isEmpty() ? DEFAULT : published.get(0);
    }
}
