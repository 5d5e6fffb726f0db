package io.threadline.sla;

import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.rules.RuleEvaluation;
import io.threadline.rules.TestFacts;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaPolicyDefinitionTest {

    private static final String VIP = "{'name': 'VIP', 'position': 1, 'enabled': true,"
            + " 'when': {'all': [{'field': 'customer.tier', 'op': 'is', 'value': 'VIP'}]}, 'calendar': 'Berlin',"
            + " 'targets': {'firstResponse': 'PT1H', 'nextResponse': 'PT4H', 'resolution': 'P2D'}, 'warnAt': 0.75,"
            + " 'pauseWhen': ['PENDING', 'SNOOZED']}";

    private static InvalidInputException refused(String policy) {
        return assertThrows(InvalidInputException.class, () -> SlaPolicyDefinition.parse(json(policy)));
    }

    @Test
    void readsThePolicyOfTheContract() {
        SlaPolicyDefinition policy = SlaPolicyDefinition.parse(json(VIP));
        assertEquals("Berlin", policy.calendar());
        assertEquals(new SlaTargets(Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(2), 0.75), policy.targets());
        assertEquals(0.75, policy.warnAt());
        assertEquals(Set.of(ConversationStatus.PENDING, ConversationStatus.SNOOZED), policy.pauseWhen());
    }

    @Test
    void roundTripsThroughJsonWithDaysAsDays() {
        assertEquals(json(VIP), SlaPolicyDefinition.parse(json(VIP)).toJson());
        SlaPolicyDefinition mixed = SlaPolicyDefinition.parse(json("{'name': 'x', 'position': 0, 'targets': {'resolution': 'PT30H'}}"));
        assertEquals("P1DT6H", mixed.toJson().getJsonObject("targets").getString("resolution"));
    }

    @Test
    void defaults() {
        SlaPolicyDefinition policy = SlaPolicyDefinition.parse(json("{'name': 'Standard', 'position': 9, 'targets': {'firstResponse': 'PT8H'}}"));
        assertNull(policy.calendar(), "24/7");
        assertEquals(0.8, policy.warnAt());
        assertEquals(Set.of(ConversationStatus.PENDING), policy.pauseWhen());
        assertTrue(policy.header().enabled());
        assertNull(policy.targets().resolution());
        assertTrue(SlaPolicyDefinition.parse(json("{'name': 'x', 'position': 0, 'targets': {'resolution': 'P1D'}, 'pauseWhen': []}"))
                .pauseWhen().isEmpty(), "an empty list never pauses");
    }

    @Test
    void everyRefusalNamesItsField() {
        assertEquals("targets.firstResponse", refused("{'name': 'x', 'position': 0, 'targets': {'firstResponse': '1 hour'}}").field());
        assertTrue(refused("{'name': 'x', 'position': 0, 'targets': {'firstResponse': '1 hour'}}").getMessage().contains("not an ISO-8601 duration"));
        assertEquals("targets.resolution", refused("{'name': 'x', 'position': 0, 'targets': {'resolution': 'PT0S'}}").field());
        assertEquals("targets.resolution", refused("{'name': 'x', 'position': 0, 'targets': {'resolution': '-PT1H'}}").field());
        assertEquals("targets.response", refused("{'name': 'x', 'position': 0, 'targets': {'response': 'PT1H'}}").field());
        assertEquals("targets", refused("{'name': 'x', 'position': 0, 'targets': {}}").field());
        assertEquals("targets", refused("{'name': 'x', 'position': 0}").field());
        for (String warnAt : List.of("0", "1", "1.5", "-0.2")) {
            assertEquals("warnAt", refused("{'name': 'x', 'position': 0, 'targets': {'resolution': 'P1D'}, 'warnAt': " + warnAt + "}").field());
        }
        InvalidInputException resolved = refused("{'name': 'x', 'position': 0, 'targets': {'resolution': 'P1D'}, 'pauseWhen': ['PENDING', 'RESOLVED']}");
        assertEquals("pauseWhen[1]", resolved.field());
        assertTrue(resolved.getMessage().contains("one of OPEN, PENDING, SNOOZED"), resolved.getMessage());
        assertEquals("calendar", refused("{'name': 'x', 'position': 0, 'targets': {'resolution': 'P1D'}, 'calendar': 3}").field());
    }

    @Test
    void theFirstMatchingPolicyApplies() {
        List<SlaPolicyDefinition> policies = List.of(
                SlaPolicyDefinition.parse(json("{'name': 'Standard', 'position': 9, 'targets': {'firstResponse': 'PT8H'}}")),
                SlaPolicyDefinition.parse(json(VIP)));
        assertEquals(List.of("VIP"), RuleEvaluation.first(policies, new TestFacts().withTier(CustomerTier.VIP)).matched()
                .stream().map(SlaPolicyDefinition::name).toList());
        assertEquals(List.of("Standard"), RuleEvaluation.first(policies, new TestFacts().withTier(CustomerTier.STANDARD)).matched()
                .stream().map(SlaPolicyDefinition::name).toList());
    }
}
