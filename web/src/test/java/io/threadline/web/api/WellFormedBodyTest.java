package io.threadline.web.api;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Depth is the nesting of arrays and objects, whatever text the strings hold; UTF-8 is checked byte for byte. */
class WellFormedBodyTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nestingUpToTheLimitPassesAndOneLevelMoreIsRefused() {
        assertDoesNotThrow(() -> WellFormedBody.checkDepth(utf8("{\"a\":[{\"b\":[1]}]}"), 4));
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> WellFormedBody.checkDepth(utf8("{\"a\":[{\"b\":[[1]]}]}"), 4));
        assertEquals("body", refusal.field());
        assertEquals("JSON nested deeper than 4 levels (crm.api.max-json-depth)", refusal.reason());
    }

    @Test
    void bracketsInsideStringsDoNotCountEvenAfterAnEscapedQuote() {
        assertDoesNotThrow(() -> WellFormedBody.checkDepth(utf8("{\"text\":\"[[[[{{{{\",\"q\":\"say \\\"[[[[\\\" \\\\\"}"), 1));
        assertThrows(InvalidInputException.class,
                () -> WellFormedBody.checkDepth(utf8("{\"q\":\"ends with a backslash \\\\\",\"x\":[1]}"), 1),
                "an escaped backslash ends the escape, so the string closes and the array counts");
    }

    @Test
    void siblingsDoNotAddUp() {
        assertDoesNotThrow(() -> WellFormedBody.checkDepth(utf8("[[1],[2],[3],{\"a\":1}]"), 2));
    }

    @Test
    void validUtf8PassesAndLatin1OrATruncatedSequenceIsRefused() {
        assertDoesNotThrow(() -> WellFormedBody.checkUtf8(utf8("{\"text\":\"caf\u00e9 \u20ac \ud83d\ude00\"}")));
        assertThrows(InvalidInputException.class,
                () -> WellFormedBody.checkUtf8("{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] truncated = utf8("\u20ac");
        assertThrows(InvalidInputException.class, () -> WellFormedBody.checkUtf8(new byte[]{'"', truncated[0], truncated[1]}));
        assertThrows(InvalidInputException.class, () -> WellFormedBody.checkUtf8(new byte[]{(byte) 0xC0, (byte) 0xAF}),
                "an overlong encoding of '/'");
    }
}
