package io.threadline.collaboration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TeamsTest {

    @Test
    void teamsAreNamedListsOfUsers() {
        assertEquals(Map.of("billing", List.of("alice", "bob"), "supervisors", List.of("sam")),
                Teams.parse(" billing: alice, bob ;supervisors:sam;"));
    }

    @Test
    void aTeamWithoutANameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Teams.parse("alice,bob"));
    }
}
