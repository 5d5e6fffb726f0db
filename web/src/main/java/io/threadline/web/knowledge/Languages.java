package io.threadline.web.knowledge;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ISO 639-1 languages an article may be written in, named in English for the editors. */
public final class Languages {

    /** A language code with its English name, e.g. {@code de}, "German". */
    public record Language(String code, String name) {
    }

    static final List<Language> ALL = Arrays.stream(Locale.getISOLanguages())
            .map(code -> new Language(code, name(code)))
            .sorted(Comparator.comparing(Language::name)).toList();

    private Languages() {
    }

    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
