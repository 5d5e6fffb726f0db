package io.threadline.sla;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.threadline.sla.BusinessCalendarTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaTargetsTest {

    @Test
    void readsIsoDurationsAndWarnsAtEightyPercentByDefault() {
        SlaTargets targets = SlaTargets.parse(json("{\"firstResponse\": \"PT1H\", \"nextResponse\": \"PT4H\", \"resolution\": \"P2D\"}"));
        assertEquals(new SlaTargets(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(48), 0.8), targets);
    }

    @Test
    void aTargetThePolicyLeavesOutIsNull() {
        SlaTargets targets = SlaTargets.parse(json("{\"resolution\": \"PT8H\"}"));
        assertNull(targets.firstResponse());
        assertNull(targets.nextResponse());
        assertEquals(Duration.ofHours(8), SlaTarget.RESOLUTION.of(targets));
    }

    @Test
    void theWarningShareIsSetByThePolicy() {
        SlaTargets targets = SlaTargets.parse(json("{\"firstResponse\": \"PT1H\"}")).withWarnAt(0.5);
        assertEquals(0.5, targets.warnAt());
        assertEquals(Duration.ofMinutes(30), targets.warning(targets.firstResponse()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            targets.firstResponse | {"firstResponse": "PT0S"}                 | longer than zero
            targets.nextResponse  | {"nextResponse": "-PT1H"}                 | longer than zero
            targets.resolution    | {"resolution": "P1M"}                     | not an ISO-8601 duration
            targets.resolution    | {"resolution": 48}                        | must be a string
            targets.update        | {"firstResponse": "PT1H", "update": "PT2H"} | unknown key 'update'; allowed: firstResponse
            targets               | {}                                        | at least one
            """)
    void badTargetsAreRefusedNamingTheField(String field, String json, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SlaTargets.parse(json(json)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "1.2", "-0.5", "NaN"})
    void aWarningShareOutsideZeroToOneIsRefused(double share) {
        SlaTargets targets = SlaTargets.parse(json("{\"firstResponse\": \"PT1H\"}"));
        assertEquals("warnAt", assertThrows(InvalidInputException.class, () -> targets.withWarnAt(share)).field());
    }
}
