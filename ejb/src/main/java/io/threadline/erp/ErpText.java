package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;

import java.util.Locale;
import java.util.Set;

/** The few kinds of text ERP messages carry, read with their limits. */
final class ErpText {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ErpText() {
    }

    /** A customer, order or store number: letters, digits and {@code - _ . /}, at most 64 characters. */
    static String number(JsonFields fields, String key) {
        String number = fields.requiredString(key);
        return checkNumber(fields.path(key), number);
    }

    static String optionalNumber(JsonFields fields, String key) {
        String number = fields.optionalString(key);
        return number == null ? null : checkNumber(fields.path(key), number);
    }

    private static String checkNumber(String path, String number) {
        if (number.length() > 64 || !number.matches("[\\p{Alnum}._/-]+")) {
            throw new InvalidInputException(path, "'" + number + "' is not a number as the ERP writes them (letters, digits"
                    + " and - _ . /, at most 64 characters)");
        }
        return number;
    }

    static String optional(JsonFields fields, String key) {
        return limited(fields, key, CustomerRecord.MAX_TEXT);
    }

    static String limited(JsonFields fields, String key, int max) {
        String text = fields.optionalString(key);
        if (text != null && text.length() > max) {
            throw new InvalidInputException(fields.path(key), "is " + text.length() + " characters long; at most " + max);
        }
        return text;
    }

    static String required(JsonFields fields, String key) {
        fields.requiredString(key);
        return limited(fields, key, CustomerRecord.MAX_TEXT);
    }

    static String country(JsonFields fields, String key) {
        String code = fields.optionalString(key);
        if (code != null && !COUNTRIES.contains(code)) {
            throw new InvalidInputException(fields.path(key), "'" + code + "' is not an ISO 3166-1 country code (e.g. DE, IT, US)");
        }
        return code;
    }

    /** An http(s) link for people to open (a tracking page). */
    static String link(JsonFields fields, String key) {
        String url = limited(fields, key, 2000);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidInputException(fields.path(key), "must be an http or https URL");
        }
        return url;
    }
}
