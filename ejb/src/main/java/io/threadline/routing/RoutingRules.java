package io.threadline.routing;

import io.threadline.rules.Facts;
import io.threadline.rules.RuleEvaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Routes a conversation with the routing rules, in order of position (ties by name). The first matching rule wins
 * unless it says {@code continue}; then later rules are evaluated too, up to and including the next match without
 * {@code continue}. Among the matching rules the earliest one to set a queue decides the queue, the earliest one to
 * set a priority decides the priority (a later rule only fills in what is still unset), and tags and skills are the
 * union of all of them, in rule order.
 */
public final class RoutingRules {

    private RoutingRules() {
    }

    public static RoutingDecision decide(List<RoutingRuleDefinition> rules, Facts facts) {
        RuleEvaluation<RoutingRuleDefinition> evaluation = RuleEvaluation.run(rules, facts, rule -> !rule.continueAfterMatch());
        String queue = null;
        Integer priority = null;
        Set<String> tags = new LinkedHashSet<>();
        Set<String> skills = new LinkedHashSet<>();
        for (RoutingRuleDefinition rule : evaluation.matched()) {
            RoutingActions then = rule.then();
            queue = queue == null ? then.queue() : queue;
            priority = priority == null ? then.priority() : priority;
            tags.addAll(then.tags());
            skills.addAll(then.skills());
        }
        return new RoutingDecision(queue, priority, List.copyOf(tags), List.copyOf(skills), evaluation.explanation());
    }
}
