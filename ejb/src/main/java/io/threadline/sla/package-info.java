/**
 * The sla context: which policy a conversation falls under ({@link io.threadline.sla.SlaPolicyDefinition}, in the
 * condition language of {@link io.threadline.rules}), business-hours calendars, the targets, and the SLA clock kept on
 * each conversation (due times, pauses while the customer is awaited, warnings and breaches that fire once).
 */
package io.threadline.sla;
