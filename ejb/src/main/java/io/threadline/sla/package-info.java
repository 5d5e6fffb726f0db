/**
 * The sla context: business-hours calendars, SLA targets and the SLA clock kept on each conversation
 * (due times, pauses while the customer is awaited, warnings and breaches that fire once).
 */
package io.threadline.sla;
