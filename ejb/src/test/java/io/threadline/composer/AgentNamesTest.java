package io.threadline.composer;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgentNamesTest {

    @Test
    void configuredNamesAndCapitalisedUserNamesOtherwise() {
        AgentNames names = new AgentNames();
        names.configured = java.util.Optional.of("alice:Alice Moreau; bob : Bob Lindqvist");
        names.read();
        assertEquals("Alice Moreau", names.of("alice"));
        assertEquals("Bob Lindqvist", names.of("bob"));
        assertEquals("Sam", names.of("sam"));
    }

    @Test
    void aMalformedEntryIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentNames.parse("alice"));
        assertEquals("crm.agents.display-names: 'alice' is not user:Full Name", e.getMessage());
        assertEquals(Map.of(), AgentNames.parse(""));
    }
}
