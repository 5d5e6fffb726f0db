package io.threadline.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a snippet of a text around the first case-insensitive match of what was searched. */
final class Snippets {

    private static final int CONTEXT = 60;

    private Snippets() {
    }

    static SearchResults.Snippet around(String text, String searched) {
        if (text == null) {
            return new SearchResults.Snippet("", "", "");
        }
        Matcher match = Pattern.compile(Pattern.quote(searched), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (!match.find()) {
            return new SearchResults.Snippet(flat(text.substring(0, Math.min(text.length(), 2 * CONTEXT))), "",
                    text.length() > 2 * CONTEXT ? "…" : "");
        }
        int from = Math.max(0, match.start() - CONTEXT);
        int to = Math.min(text.length(), match.end() + CONTEXT);
        return new SearchResults.Snippet((from > 0 ? "…" : "") + flat(text.substring(from, match.start())),
                flat(match.group()), flat(text.substring(match.end(), to)) + (to < text.length() ? "…" : ""));
    }

    private static String flat(String part) {
        return part.replaceAll("\\s+", " ");
    }
}
