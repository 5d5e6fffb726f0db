package io.threadline.rules;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonFieldsTest {

    private static JsonFields fields(String json) {
        return JsonFields.of(json(json), "then", Set.of("a", "b"));
    }

    private static String refusedField(Runnable read) {
        return assertThrows(InvalidInputException.class, read::run).field();
    }

    @Test
    void readsDurationsWithDays() {
        assertEquals(Duration.ofDays(2), fields("{'a': 'P2D'}").optionalDuration("a"));
        assertEquals(Duration.ofMinutes(90), fields("{'a': 'PT1H30M'}").optionalDuration("a"));
        assertNull(fields("{'a': null}").optionalDuration("a"));
        assertEquals("P2D", JsonFields.format(Duration.ofDays(2)));
        assertEquals("P1DT30M", JsonFields.format(Duration.ofMinutes(24 * 60 + 30)));
        assertEquals("PT4H", JsonFields.format(Duration.ofHours(4)));
    }

    @Test
    void refusesWhatDoesNotFitNamingThePath() {
        assertEquals("then.c", refusedField(() -> fields("{'c': 1}")));
        assertEquals("then.a", refusedField(() -> fields("{'a': 'P1M'}").optionalDuration("a")));
        assertEquals("then.a", refusedField(() -> fields("{'a': 5}").requiredInt("a", 1, 4)));
        assertEquals("then.a", refusedField(() -> fields("{}").requiredString("a")));
        assertEquals("then.a", refusedField(() -> fields("{'a': 'yes'}").bool("a", true)));
        assertEquals("then.a[1]", refusedField(() -> fields("{'a': ['x', ' ']}").strings("a")));
        assertEquals("body", assertThrows(InvalidInputException.class, () -> JsonFields.of(null, "", Set.of())).field());
    }

    @Test
    void stringsAreStrippedWithoutRepeats() {
        assertEquals(List.of("billing", "vip"), fields("{'a': [' billing', 'vip', 'billing']}").strings("a"));
        assertEquals(List.of(), fields("{}").strings("a"));
    }
}
