package io.threadline.identity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DuplicateEvidenceTest {

    private static final DuplicateEvidence SAME_NAME = new DuplicateEvidence("same name", 30);
    private static final DuplicateEvidence CLOSE_ADDRESS = new DuplicateEvidence("same name, close address (1 Baker St)", 60);
    private static final DuplicateEvidence ORDER = new DuplicateEvidence("their order SO-1 is mentioned in a message", 60);

    @Test
    void oneReasonScoresItsWeight() {
        assertEquals(30, DuplicateEvidence.score(List.of(SAME_NAME)));
        assertEquals(0, DuplicateEvidence.score(List.of()));
    }

    @Test
    void weakReasonsAddUpWithoutReachingCertainty() {
        assertEquals(72, DuplicateEvidence.score(List.of(SAME_NAME, CLOSE_ADDRESS)), "1 - 0.7 * 0.4");
        assertEquals(89, DuplicateEvidence.score(List.of(SAME_NAME, CLOSE_ADDRESS, ORDER)), "1 - 0.7 * 0.4 * 0.4");
        assertEquals(100, DuplicateEvidence.score(List.of(new DuplicateEvidence("certain", 100), SAME_NAME)));
    }

    @Test
    void aReasonFoundTwiceCountsOnce() {
        assertEquals(30, DuplicateEvidence.score(List.of(SAME_NAME, SAME_NAME)));
        assertEquals(List.of(CLOSE_ADDRESS, SAME_NAME), DuplicateEvidence.distinct(List.of(SAME_NAME, CLOSE_ADDRESS, SAME_NAME)),
                "strongest first");
    }

    @Test
    void aReasonNamesBothValuesInOneOrderSoThatBothCustomersFindTheSameReason() {
        assertEquals(DuplicateEvidence.both("b@x.com", "a@y.com"), DuplicateEvidence.both("a@y.com", "b@x.com"));
        assertEquals("a@y.com and b@x.com", DuplicateEvidence.both("b@x.com", "a@y.com"));
    }

    @Test
    void storedEvidenceReadsBackAsItWas() {
        List<DuplicateEvidence> evidence = List.of(CLOSE_ADDRESS, ORDER, SAME_NAME);
        assertEquals(evidence, DuplicateEvidence.ofLines(DuplicateEvidence.lines(evidence)));
    }

    @Test
    void aWeightIsAPercentage() {
        assertThrows(IllegalArgumentException.class, () -> new DuplicateEvidence("too sure", 101));
    }
}
