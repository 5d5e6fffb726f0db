package io.threadline.automation;

import java.util.ArrayList;
import java.util.List;

/**
 * The automation rules whose actions led, event by event, to the one being handled now, first cause first. A rule in
 * the chain does not run again (its own action cannot trigger it), and a chain longer than the configured depth stops.
 */
public record RuleChain(List<String> rules) {

    public static final RuleChain EMPTY = new RuleChain(List.of());

    public RuleChain {
        rules = List.copyOf(rules);
    }

    public boolean contains(String rule) {
        return rules.contains(rule);
    }

    /** This chain with {@code rule} run next. */
    public RuleChain then(String rule) {
        List<String> longer = new ArrayList<>(rules);
        longer.add(rule);
        return new RuleChain(longer);
    }

    public int depth() {
        return rules.size();
    }

    public boolean exceeds(int maxDepth) {
        return depth() > maxDepth;
    }

    /** "Welcome → Tag VIP → Escalate" */
    @Override
    public String toString() {
        return String.join(" → ", rules);
    }
}
