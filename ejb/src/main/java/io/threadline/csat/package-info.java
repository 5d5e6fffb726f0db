/**
 * Customer satisfaction (CSAT): the survey sent once per conversation (by an automation rule's {@code csat} action, or
 * on every resolve with {@code crm.csat.on-resolve}), the customer's answer (a reply that is only a digit 1–5, or the
 * rating page behind the survey's signed link), and the rating it leaves on the conversation, the timeline and the
 * event {@code csat.received}.
 */
package io.threadline.csat;
