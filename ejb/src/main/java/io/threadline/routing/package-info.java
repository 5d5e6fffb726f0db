/**
 * The routing context: which queue, priority, tags and skills a conversation gets, and who works it. Routing rules and
 * queues are configuration documents ({@link io.threadline.routing.RoutingRuleDocuments},
 * {@link io.threadline.routing.QueueDocuments}); {@link io.threadline.routing.MessageRouting} reads each customer
 * message (language, urgency: {@code signals}), applies the rules ({@link io.threadline.routing.RoutingRules}) and, for a
 * PUSH queue, assigns ({@link io.threadline.routing.AutoAssignment}) an online agent with room and the skills. Agents'
 * capacity, skills, teams and presence ({@link io.threadline.routing.Agent}), manual assignment and escalation
 * ({@link io.threadline.routing.Assignments}), and the dry run ({@link io.threadline.routing.RoutingDryRun}) live here.
 */
package io.threadline.routing;
