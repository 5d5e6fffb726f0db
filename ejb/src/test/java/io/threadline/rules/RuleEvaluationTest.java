package io.threadline.rules;

import io.threadline.rules.RuleOutcome.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.threadline.rules.RulesJson.json;
import static io.threadline.rules.RulesJson.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEvaluationTest {

    private record Rule(RuleHeader header) implements RuleDefinition {
    }

    private static Rule rule(String name, int position, String field, String op, String value) {
        return new Rule(new RuleHeader(name, position, true, Conditions.parse(when(field, op, value), "when")));
    }

    @Test
    void allFindsEveryMatchingRuleInOrder() {
        List<Rule> rules = List.of(rule("Late", 2, "text", "containsWord", "'late'"), rule("Refund", 1, "text", "containsWord", "'refund'"),
                rule("Other", 3, "text", "containsWord", "'hello'"));
        RuleEvaluation<Rule> evaluation = RuleEvaluation.all(rules, TestFacts.text("refund, parcel late"));
        assertEquals(List.of("Refund", "Late"), evaluation.matched().stream().map(Rule::name).toList());
        assertEquals(List.of(Outcome.MATCHED, Outcome.MATCHED, Outcome.NOT_MATCHED),
                evaluation.explanation().stream().map(RuleOutcome::outcome).toList());
    }

    @Test
    void aRuleWhoseFactsFailIsSkippedWithTheReason() {
        TestFacts facts = new TestFacts() {
            @Override
            public boolean inBusinessHours(String calendar) {
                throw new IllegalStateException("no calendar " + calendar);
            }
        };
        RuleEvaluation<Rule> evaluation = RuleEvaluation.first(List.of(rule("Berlin hours", 1, "businessHours", "is", "'Berlin'"),
                rule("Everything", 2, "urgency", "isNot", "100")), facts);
        assertEquals(List.of("Everything"), evaluation.matched().stream().map(Rule::name).toList());
        RuleOutcome skipped = evaluation.explanation().get(0);
        assertEquals(Outcome.SKIPPED, skipped.outcome());
        assertTrue(skipped.reason().contains("no calendar Berlin"), skipped.reason());
    }

    @Test
    void anOutcomeAsJson() {
        assertEquals(json("{'rule': 'Runaway', 'outcome': 'SKIPPED', 'reason': 'too slow'}"),
                new RuleOutcome("Runaway", Outcome.SKIPPED, "too slow").toJson());
        assertEquals(json("{'rule': 'Refunds', 'outcome': 'MATCHED'}"), new RuleOutcome("Refunds", Outcome.MATCHED, null).toJson());
    }
}
