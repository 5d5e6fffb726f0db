package io.threadline.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetTextTest {

    @Test
    void textThatASpreadsheetWouldRunIsMadeText() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetText.of("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SpreadsheetText.of("+1"));
        assertEquals("'-2", SpreadsheetText.of("-2"));
        assertEquals("'@SUM(A1)", SpreadsheetText.of("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetText.of("\tx"));
        assertEquals("bob", SpreadsheetText.of("bob"));
        assertEquals("{\"view\":\"profile\"}", SpreadsheetText.of("{\"view\":\"profile\"}"));
        assertEquals("", SpreadsheetText.of(""));
        assertNull(SpreadsheetText.of(null));
    }

    @Test
    void inARowOnlyTextIsChangedNotNumbers() {
        assertEquals(Arrays.asList("'=cmd", -2, new BigDecimal("-3.5"), "billing", null),
                SpreadsheetText.row(Arrays.asList("=cmd", -2, new BigDecimal("-3.5"), "billing", null)));
        assertEquals(List.of(), SpreadsheetText.row(List.of()));
    }
}
