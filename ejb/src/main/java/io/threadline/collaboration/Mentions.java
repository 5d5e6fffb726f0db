package io.threadline.collaboration;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user names a note @mentions: {@code @bob}, not an email address such as {@code bob@example.com}. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_][A-Za-z0-9._-]*)");

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).replaceAll("[.-]+$", ""));
        }
        return names;
    }
}
