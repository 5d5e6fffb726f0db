package io.threadline.web.workspace;

import io.threadline.shared.InvalidInputException;

/** What is wrong with an input, without the API's field prefix, for a message next to the field itself. */
final class InputErrors {

    private InputErrors() {
    }

    static String reason(InvalidInputException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
