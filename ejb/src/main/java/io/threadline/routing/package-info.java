/**
 * Routing: which queue, priority, tags and skills a new conversation gets. Routing rules are data
 * ({@link io.threadline.routing.RoutingRuleDefinition}) in the condition language of {@link io.threadline.rules};
 * {@link io.threadline.routing.RoutingRules} turns them into a {@link io.threadline.routing.RoutingDecision}.
 */
package io.threadline.routing;
