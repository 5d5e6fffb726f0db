package io.threadline.rules;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Finds a constant (an operator, an event, an action) by the name it has in JSON, refusing others with the list of names. */
public final class JsonNames {

    private JsonNames() {
    }

    /** The constant named {@code given}; 400 at {@code path} "unknown {what} '{given}'; one of …" otherwise. */
    public static <T> T find(T[] constants, Function<T, String> jsonName, String given, String path, String what) {
        List<T> all = Arrays.asList(constants);
        return all.stream().filter(c -> jsonName.apply(c).equals(given)).findFirst().orElseThrow(() ->
                new InvalidInputException(path, "unknown " + what + " '" + given + "'; one of " + list(all, jsonName)));
    }

    public static <T> String list(List<T> constants, Function<T, String> jsonName) {
        return String.join(", ", constants.stream().map(jsonName).toList());
    }
}
