package io.threadline.shared;

import java.util.List;

/**
 * Text for the CSV files people open in a spreadsheet, shown as text and never run as a formula: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @} (or a tab or carriage return) would run in Excel, and names, tags and
 * subjects come from outside (a failed sign-in records the name typed, an agent names a tag). Such text gets a leading
 * {@code '}. Numbers and other values are left as they are.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The row's text cells made safe. */
    public static List<Object> row(List<?> cells) {
        return cells.stream().map(cell -> cell instanceof String text ? (Object) of(text) : cell).toList();
    }
}
