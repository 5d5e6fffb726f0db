package io.threadline.web.workspace;

import io.threadline.shared.InvalidInputException;

/** What is wrong with an input, without the API's field prefix, for a message next to the field itself. */
public final class InputErrors {

    private InputErrors() {
    }

    public static String reason(InvalidInputException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    /** The id the configuration editors give the input of a JSON field: {@code then.queue} is {@code then_queue}. */
    public static String inputId(String field) {
        return field.replaceAll("[^A-Za-z0-9]", "_");
    }
}
