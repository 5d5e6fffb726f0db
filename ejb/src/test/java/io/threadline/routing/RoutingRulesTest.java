package io.threadline.routing;

import io.threadline.rules.RuleOutcome;
import io.threadline.rules.RuleOutcome.Outcome;
import io.threadline.rules.TestFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRulesTest {

    private static RoutingRuleDefinition rule(String name, int position, String word, String then, boolean continueAfterMatch) {
        return RoutingRuleDefinition.parse(json("{'name': '" + name + "', 'position': " + position + ", 'continue': " + continueAfterMatch
                + ", 'when': {'all': [{'field': 'text', 'op': 'containsWord', 'value': '" + word + "'}]}, 'then': " + then + "}"));
    }

    private static List<Outcome> outcomes(RoutingDecision decision) {
        return decision.explanation().stream().map(RuleOutcome::outcome).toList();
    }

    @Test
    void theFirstMatchWinsInOrderOfPosition() {
        List<RoutingRuleDefinition> rules = List.of(
                rule("Refunds to finance", 20, "refund", "{'queue': 'finance', 'priority': 2}", false),
                rule("Angry to escalations", 10, "angry", "{'queue': 'escalations', 'priority': 1}", false),
                rule("Everything to support", 30, "refund", "{'queue': 'support'}", false));

        RoutingDecision decision = RoutingRules.decide(rules, TestFacts.text("I want a refund"));

        assertEquals("finance", decision.queue());
        assertEquals(2, decision.priority());
        assertEquals(List.of("Angry to escalations", "Refunds to finance", "Everything to support"),
                decision.explanation().stream().map(RuleOutcome::rule).toList());
        assertEquals(List.of(Outcome.NOT_MATCHED, Outcome.MATCHED, Outcome.SKIPPED), outcomes(decision));
        assertEquals("not evaluated: 'Refunds to finance' matched first", decision.explanation().get(2).reason());
        assertFalse(decision.explanation().get(2).failed(), "a rule left out after a match is not logged as a failure");
    }

    @Test
    void continuedRulesAddTagsAndSkillsAndFillInWhatIsUnset() {
        List<RoutingRuleDefinition> rules = List.of(
                rule("Tag refunds", 1, "refund", "{'tags': ['billing'], 'skills': ['billing']}", true),
                rule("German", 2, "bitte", "{'queue': 'de-support', 'skills': ['de'], 'tags': ['billing']}", true),
                rule("Refunds to finance", 3, "refund", "{'queue': 'finance', 'priority': 2, 'tags': ['refund']}", false),
                rule("Never reached", 4, "refund", "{'queue': 'support', 'priority': 1}", false));

        RoutingDecision decision = RoutingRules.decide(rules, TestFacts.text("Refund bitte"));

        assertEquals("de-support", decision.queue(), "the earliest rule to set a queue decides it");
        assertEquals(2, decision.priority(), "a later rule fills in the priority nobody set");
        assertEquals(List.of("billing", "refund"), decision.tags());
        assertEquals(List.of("billing", "de"), decision.skills());
        assertEquals(List.of(Outcome.MATCHED, Outcome.MATCHED, Outcome.MATCHED, Outcome.SKIPPED), outcomes(decision));
    }

    @Test
    void noMatchLeavesEverythingUnset() {
        RoutingDecision decision = RoutingRules.decide(List.of(rule("Refunds", 1, "refund", "{'queue': 'finance'}", false)),
                TestFacts.text("hello"));
        assertNull(decision.queue());
        assertNull(decision.priority());
        assertTrue(decision.tags().isEmpty());
        assertEquals(json("{'queue': null, 'priority': null, 'tags': [], 'skills': [],"
                + " 'rules': [{'rule': 'Refunds', 'outcome': 'NOT_MATCHED'}]}"), decision.toJson());
    }

    @Test
    void aDisabledRuleIsReportedAndPassedBy() {
        RoutingRuleDefinition disabled = RoutingRuleDefinition.parse(json("{'name': 'Off', 'position': 1, 'enabled': false, 'then': {'queue': 'nowhere'}}"));
        RoutingDecision decision = RoutingRules.decide(List.of(disabled, rule("Refunds", 2, "refund", "{'queue': 'finance'}", false)),
                TestFacts.text("refund"));
        assertEquals("finance", decision.queue());
        assertEquals(List.of(Outcome.DISABLED, Outcome.MATCHED), outcomes(decision));
    }

    @Test
    void aRuleWhoseRegexRunsAwayIsSkippedAndALaterRuleStillMatches() {
        RoutingRuleDefinition runaway = RoutingRuleDefinition.parse(json("{'name': 'Runaway', 'position': 1, 'then': {'queue': 'nowhere'},"
                + " 'when': {'all': [{'field': 'text', 'op': 'matches', 'value': '(a{1,3}){1,40}$'}]}}"));
        long start = System.nanoTime();

        RoutingDecision decision = RoutingRules.decide(List.of(runaway, rule("Screams", 2, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{'queue': 'support'}", false)),
                TestFacts.text("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"));

        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        assertEquals("support", decision.queue());
        assertEquals(new RuleOutcome("Runaway", Outcome.SKIPPED, "a regular expression took too long and was given up"),
                decision.explanation().get(0));
        assertTrue(decision.explanation().get(0).failed());
        assertEquals(Outcome.MATCHED, decision.explanation().get(1).outcome());
    }

    @Test
    void tiesInPositionAreOrderedByName() {
        RoutingDecision decision = RoutingRules.decide(List.of(rule("B", 5, "refund", "{'queue': 'b'}", false),
                rule("A", 5, "refund", "{'queue': 'a'}", false)), TestFacts.text("refund"));
        assertEquals("a", decision.queue());
    }
}
