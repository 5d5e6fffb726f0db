package io.threadline.erp;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceStampTest {

    private static final Instant T = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void olderTimeLosesAndAtTheSameTimeTheLowerVersionLoses() {
        assertTrue(new SourceStamp(T.minusSeconds(1), 9L).isOlderThan(new SourceStamp(T, 1L)));
        assertFalse(new SourceStamp(T.plusSeconds(1), 1L).isOlderThan(new SourceStamp(T, 9L)));
        assertTrue(new SourceStamp(T, 1L).isOlderThan(new SourceStamp(T, 2L)));
        assertFalse(new SourceStamp(T, 2L).isOlderThan(new SourceStamp(T, 2L)), "the same message again is not older");
        assertFalse(new SourceStamp(T, null).isOlderThan(new SourceStamp(T, 2L)), "without versions, the later arrival wins");
        assertFalse(new SourceStamp(T, null).isOlderThan(null), "nothing stored yet");
    }
}
