/**
 * The condition language shared by routing rules, SLA policies and automation rules: {@link io.threadline.rules.Conditions}
 * ({@code "when": {"all": [...], "any": [...]}}) evaluated against a conversation's {@link io.threadline.rules.Facts},
 * the strict JSON reading every rule definition uses ({@link io.threadline.rules.JsonFields}), and the ordered evaluation
 * of rules with an explanation per rule ({@link io.threadline.rules.RuleEvaluation}). Pure Java: no container needed.
 */
package io.threadline.rules;
