package io.threadline.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoutingDefaultsTest {

    @Test
    void teamsAreNamedListsOfUsers() {
        assertEquals(Map.of("billing", List.of("alice", "bob"), "supervisors", List.of("sam")),
                RoutingDefaults.parse(" billing: alice, bob ;supervisors:sam;"));
    }

    @Test
    void aTeamWithoutANameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RoutingDefaults.parse("alice,bob"));
    }
}
