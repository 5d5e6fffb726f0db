package io.threadline.composer;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholdersTest {

    private static final String GREETING = "Hi {{customer.firstName}}, this is {{agent.firstName}} about #{{conversation.id}}"
            + " ({{conversation.subject}}). Dear {{ customer.lastName }}, {{customer.name}} / {{agent.name}}";

    @Test
    void fillsInTheCustomerTheAgentAndTheConversation() {
        assertEquals("Hi Nora, this is Alice about #42 (Parcel late). Dear Quinn, Nora Quinn / Alice Moreau",
                Placeholders.render(GREETING, new Placeholders.Values("Nora Quinn", "Alice Moreau", 42L, "Parcel late")));
    }

    @Test
    void aMissingNameNeverLeavesAHole() {
        assertEquals("Hi there, this is Alice about #42 (your request). Dear, there / Alice",
                Placeholders.render(GREETING, new Placeholders.Values(null, "Alice", 42L, " ")));
        assertEquals("Hi there, thanks", Placeholders.render("Hi {{customer.firstName}}, thanks",
                new Placeholders.Values("+1 415 555 0142", "Alice", 1L, null)), "a phone number is no name");
        assertEquals("Hi there, thanks", Placeholders.render("Hi {{customer.firstName}}, thanks",
                new Placeholders.Values("nora@example.com", "Alice", 1L, null)), "nor is an email address");
        assertEquals("Dear Madonna,", Placeholders.render("Dear {{customer.firstName}} {{customer.lastName}},",
                new Placeholders.Values("Madonna", "Alice", 1L, null)));
    }

    @Test
    void textAroundPlaceholdersKeepsItsLines() {
        assertEquals("Hi Nora,\n\nBest regards,\nAlice", Placeholders.render(
                "Hi {{customer.firstName}},\n\nBest regards,\n{{agent.name}}", new Placeholders.Values("Nora", "Alice", 1L, null)));
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Placeholders.requireKnown("body", "Hi {{customer.fullName}} and {{order.number}} {{customer.firstName}}"));
        assertEquals("body", refused.field());
        assertTrue(refused.getMessage().startsWith("body: uses unknown placeholders {{customer.fullName}}, {{order.number}} (known: "),
                refused.getMessage());
        assertDoesNotThrow(() -> Placeholders.requireKnown("body", GREETING + " {single braces} are text"));
    }
}
