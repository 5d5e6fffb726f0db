package io.threadline.routing.signals;

import java.util.regex.Pattern;

/**
 * The part of a message's text that the analyzers look at: never null, without HTML tags and entities left over
 * from an email body, and at most a given length, so that odd or huge input costs no more than a normal message.
 */
final class SignalText {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});");

    private SignalText() {
    }

    static String of(String raw, int maxChars) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Cut before the regular expressions run, leaving room for the markup they remove.
        String head = raw.length() > 4 * maxChars ? raw.substring(0, 4 * maxChars) : raw;
        String text = ENTITY.matcher(TAG.matcher(head).replaceAll(" ")).replaceAll(" ");
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
