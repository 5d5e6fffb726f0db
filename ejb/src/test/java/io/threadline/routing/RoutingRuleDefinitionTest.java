package io.threadline.routing;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRuleDefinitionTest {

    private static final String REFUNDS = "{'name': 'Refunds to finance', 'position': 10, 'enabled': true,"
            + " 'when': {'all': [{'field': 'text', 'op': 'containsWord', 'value': 'refund'}]},"
            + " 'then': {'queue': 'finance', 'priority': 1, 'tags': ['billing'], 'skills': ['billing']}, 'continue': false}";

    private static InvalidInputException refused(String rule) {
        return assertThrows(InvalidInputException.class, () -> RoutingRuleDefinition.parse(json(rule)));
    }

    @Test
    void readsTheRuleOfTheContract() {
        RoutingRuleDefinition rule = RoutingRuleDefinition.parse(json(REFUNDS));
        assertEquals("Refunds to finance", rule.name());
        assertEquals(10, rule.header().position());
        assertEquals(new RoutingActions("finance", 1, List.of("billing"), List.of("billing")), rule.then());
        assertFalse(rule.continueAfterMatch());
    }

    @Test
    void roundTripsThroughJson() {
        assertEquals(json(REFUNDS), RoutingRuleDefinition.parse(json(REFUNDS)).toJson());
    }

    @Test
    void enabledDefaultsToTrueAndContinueToFalseAndWhenToEverything() {
        RoutingRuleDefinition rule = RoutingRuleDefinition.parse(json("{'name': 'All to support', 'position': 0, 'then': {'queue': 'support'}}"));
        assertTrue(rule.header().enabled());
        assertFalse(rule.continueAfterMatch());
        assertEquals(json("{}"), rule.header().when().toJson());
    }

    @Test
    void everyRefusalNamesItsField() {
        assertEquals("then.team", refused("{'name': 'x', 'position': 1, 'then': {'queue': 'q', 'team': 'Finance'}}").field());
        assertTrue(refused("{'name': 'x', 'position': 1, 'then': {'team': 'Finance'}}").getMessage()
                .contains("unknown key 'team'; allowed: priority, queue, skills, tags"));
        assertEquals("then.priority", refused("{'name': 'x', 'position': 1, 'then': {'priority': 5}}").field());
        assertEquals("then", refused("{'name': 'x', 'position': 1, 'then': {}}").field());
        assertEquals("then", refused("{'name': 'x', 'position': 1}").field());
        assertEquals("then.tags[1]", refused("{'name': 'x', 'position': 1, 'then': {'tags': ['a', 7]}}").field());
        assertEquals("name", refused("{'name': ' ', 'position': 1, 'then': {'queue': 'q'}}").field());
        assertEquals("name", refused("{'name': '" + "n".repeat(101) + "', 'position': 1, 'then': {'queue': 'q'}}").field());
        assertEquals("position", refused("{'name': 'x', 'position': -1, 'then': {'queue': 'q'}}").field());
        assertEquals("position", refused("{'name': 'x', 'position': 1.5, 'then': {'queue': 'q'}}").field());
        assertEquals("continue", refused("{'name': 'x', 'position': 1, 'then': {'queue': 'q'}, 'continue': 'yes'}").field());
        assertEquals("stop", refused("{'name': 'x', 'position': 1, 'then': {'queue': 'q'}, 'stop': true}").field());
        assertEquals("when.all[0].op", refused("{'name': 'x', 'position': 1, 'then': {'queue': 'q'},"
                + " 'when': {'all': [{'field': 'channel', 'op': 'containsWord', 'value': 'EMAIL'}]}}").field());
    }
}
