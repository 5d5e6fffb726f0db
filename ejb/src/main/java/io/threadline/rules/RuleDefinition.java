package io.threadline.rules;

/** A routing rule, SLA policy or automation rule: anything evaluated in order by {@link RuleEvaluation}. */
public interface RuleDefinition {

    RuleHeader header();

    default String name() {
        return header().name();
    }
}
