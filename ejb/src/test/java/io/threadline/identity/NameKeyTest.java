package io.threadline.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeyTest {

    @Test
    void namesCompareWithoutAccentsCaseOrExtraSpaces() {
        assertEquals("sarah lee", NameKey.of("  Sárah   LEE "));
        assertEquals(NameKey.of("Zoë Quist"), NameKey.of("zoe quist"));
        assertNull(NameKey.of("   "));
    }

    @Test
    void onlyNamesOfTwoWordsWithLettersAreDistinctive() {
        assertTrue(NameKey.isDistinctive("sarah lee"));
        assertFalse(NameKey.isDistinctive("tom"));
        assertFalse(NameKey.isDistinctive("sarah@example.com"));
        assertFalse(NameKey.isDistinctive("+1 415 555 0142"));
        assertFalse(NameKey.isDistinctive(null));
    }
}
