package io.threadline.shared;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Reading a batch job's parameters: each wrong one is refused naming it, so that nothing starts on a misspelling. */
public final class JobParameters {

    private JobParameters() {
    }

    /** The parameter's value, stripped; null when not given or blank. */
    public static String value(Properties parameters, String name) {
        String value = parameters.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses any parameter {@code job} does not take (a misspelt {@code dryrun} must never start a real run). */
    public static void requireKnown(Properties parameters, Set<String> names, String job) {
        Set<String> unknown = new TreeSet<>(parameters.stringPropertyNames());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown job parameter " + String.join(", ", unknown) + " (" + job
                    + " takes " + String.join(", ", names) + ")");
        }
    }

    /** {@code true} or {@code false} (any case); {@code absent} when not given. */
    public static boolean trueOrFalse(String name, String value, boolean absent) {
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("Job parameter " + name + " must be true or false, not '" + value + "'");
        };
    }

    /** A whole number from {@code min} to {@code max}; null when not given. {@code what} names it in the refusal. */
    public static Integer wholeNumber(String what, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
