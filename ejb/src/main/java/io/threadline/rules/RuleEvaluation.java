package io.threadline.rules;

import io.threadline.rules.RuleOutcome.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Evaluates rules in order (by position, ties by name) against one conversation's facts: which matched, and for every
 * rule what became of it. A rule whose conditions fail ({@link RuleTimeoutException} or any other runtime exception) is
 * {@code SKIPPED} with the reason and the next rule is evaluated. Once a matched rule {@code stopsAfter}, the later
 * enabled rules are {@code SKIPPED} as not evaluated.
 */
public record RuleEvaluation<R extends RuleDefinition>(List<R> matched, List<RuleOutcome> explanation) {

    public static final Comparator<RuleDefinition> ORDER =
            Comparator.<RuleDefinition>comparingInt(r -> r.header().position()).thenComparing(RuleDefinition::name);

    public RuleEvaluation {
        matched = List.copyOf(matched);
        explanation = List.copyOf(explanation);
    }

    /** Every matching rule: automation. */
    public static <R extends RuleDefinition> RuleEvaluation<R> all(List<R> rules, Facts facts) {
        return run(rules, facts, rule -> false);
    }

    /** The first matching rule: an SLA policy. */
    public static <R extends RuleDefinition> RuleEvaluation<R> first(List<R> rules, Facts facts) {
        return run(rules, facts, rule -> true);
    }

    public static <R extends RuleDefinition> RuleEvaluation<R> run(List<R> rules, Facts facts, Predicate<? super R> stopsAfter) {
        List<R> matched = new ArrayList<>();
        List<RuleOutcome> explanation = new ArrayList<>();
        R stoppedBy = null;
        for (R rule : rules.stream().sorted(ORDER).toList()) {
            if (!rule.header().enabled()) {
                explanation.add(new RuleOutcome(rule.name(), Outcome.DISABLED, null));
            } else if (stoppedBy != null) {
                explanation.add(RuleOutcome.notEvaluated(rule.name(), stoppedBy.name()));
            } else {
                RuleOutcome outcome = evaluate(rule, facts);
                explanation.add(outcome);
                if (outcome.outcome() == Outcome.MATCHED) {
                    matched.add(rule);
                    stoppedBy = stopsAfter.test(rule) ? rule : null;
                }
            }
        }
        return new RuleEvaluation<>(matched, explanation);
    }

    private static RuleOutcome evaluate(RuleDefinition rule, Facts facts) {
        try {
            return new RuleOutcome(rule.name(), rule.header().when().matches(facts) ? Outcome.MATCHED : Outcome.NOT_MATCHED, null);
        } catch (RuntimeException e) {
            return new RuleOutcome(rule.name(), Outcome.SKIPPED, e instanceof RuleTimeoutException
                    ? e.getMessage() : "its conditions failed: " + e);
        }
    }
}
