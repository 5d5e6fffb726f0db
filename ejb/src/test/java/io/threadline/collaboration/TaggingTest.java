package io.threadline.collaboration;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TaggingTest {

    @Test
    void tagsAreTrimmedAndLowerCase() {
        assertEquals("damaged item", Tagging.normalized("  Damaged Item "));
    }

    @Test
    void markupEmptyAndOverlongTagsAreRefused() {
        for (String bad : new String[]{"<b>", " ", "-x", "x".repeat(51)}) {
            assertEquals("tag", assertThrows(InvalidInputException.class, () -> Tagging.normalized(bad)).field());
        }
    }
}
